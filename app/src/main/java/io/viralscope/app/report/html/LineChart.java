package io.viralscope.app.report.html;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * A time chart drawn server-side as SVG: lines (observed data, fitted curves), bars (daily counts), stacked areas
 * (the parts of a split that add up to the data), markers (events), horizontal bands (typical ranges) and shaded
 * spans (data gaps), on a date axis and a nice value axis.
 * Colours are CSS classes ({@code k-*}), so the page's stylesheet chooses them for light, dark and print.
 */
public final class LineChart {

    /** How a line is drawn. */
    public enum Stroke {
        /** Observed data: solid, with dots when there are few samples. */
        DATA,
        /** The chosen curve: thick and solid. */
        PRIMARY,
        /** Another curve: thin and dashed, so it reads without colour too. */
        SECONDARY
    }

    /** Marker shapes, so event types differ by shape as well as colour. */
    public enum Shape { TRIANGLE, DIAMOND, SQUARE, CROSS, CIRCLE }

    /**
     * A point of a line.
     *
     * @param at    when
     * @param value value in the chart's unit
     */
    public record Point(Instant at, double value) {
    }

    private record Line(String label, String colour, Stroke stroke, List<Point> points) {
    }

    private record Bar(Instant from, Instant to, double value, boolean muted, String tooltip) {
    }

    private record Marker(Instant at, double value, Shape shape, String colour, String legend, String label,
                          String tooltip) {
    }

    private record Band(double low, double high, String label, String tone) {
    }

    private record Span(Instant from, Instant to) {
    }

    private record EpisodeSpan(Instant from, Instant to, String number, String tooltip) {
    }

    /** A part of a stacked split, drawn as an area on the parts added before it. */
    private record Area(String label, String colour, String tooltip, List<Point> points) {
    }

    /** A paid flight: the days an analyst declared a campaign ran, from the first day's 00:00 to the last one's end. */
    private record FlightSpan(Instant from, Instant to, String label, String tooltip) {
    }

    static final double WIDTH = 640;
    static final double HEIGHT = 300;
    private static final double LEFT = 62;
    private static final double RIGHT = 16;
    private static final double BOTTOM = 46;
    private static final double LANE = 14;
    private static final int LANES = 3;
    // of the 10.5px label font, on average, with room for digits and signs (5.9 let "growth -6.7% a day → …" run
    // into the next label on a four-year chart)
    private static final double CHAR_WIDTH = 6.3;
    private static final int MAX_LABEL = 30;
    private static final int DOTS_UP_TO = 45;

    private final String id;
    private final String title;
    private String caption;
    private String description = "";
    private String valueCaption = "";
    private DoubleFunction<String> valueFormat = v -> HumanNumbers.compact(v);
    private boolean fromZero = true;
    private String barsLabel;
    private String barsColour;
    private String spanLabel;
    private final List<Line> lines = new ArrayList<>();
    private final List<Bar> bars = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private final List<Band> bands = new ArrayList<>();
    private final List<Span> spans = new ArrayList<>();
    private final List<EpisodeSpan> episodes = new ArrayList<>();
    private final List<FlightSpan> flights = new ArrayList<>();
    private final List<Area> stack = new ArrayList<>();

    private LineChart(String id, String title) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.caption = title;
    }

    /** A chart with a page-unique id (letters, digits, dashes) and a title. */
    public static LineChart titled(String id, String title) {
        return new LineChart(id, title);
    }

    /** A shorter caption to show above the chart where its context is clear; the title stays for screen readers. */
    public LineChart caption(String shortCaption) {
        this.caption = shortCaption;
        return this;
    }

    /** The description screen readers read after the title: what the chart shows, in a sentence or two. */
    public LineChart description(String sentence) {
        this.description = sentence;
        return this;
    }

    /** The value axis: its caption with the unit, how tick values read, and whether it starts at zero. */
    public LineChart valueAxis(String caption, DoubleFunction<String> format, boolean startAtZero) {
        this.valueCaption = caption;
        this.valueFormat = format;
        this.fromZero = startAtZero;
        return this;
    }

    /** A line; lines with no points are left out. */
    public LineChart line(String label, String colour, Stroke stroke, List<Point> points) {
        if (!points.isEmpty()) {
            lines.add(new Line(label, colour, stroke, List.copyOf(points)));
        }
        return this;
    }

    /** The label and colour of the bars, shown once in the legend. */
    public LineChart bars(String label, String colour) {
        this.barsLabel = label;
        this.barsColour = colour;
        return this;
    }

    /** A bar covering {@code from..to}; a muted bar is drawn faintly (an interpolated day in a gap). */
    public LineChart bar(Instant from, Instant to, double value, boolean muted, String tooltip) {
        bars.add(new Bar(from, to, value, muted, tooltip));
        return this;
    }

    /**
     * An event marker at {@code (at, value)}, labelled at the top when there is room; an empty label marks it
     * alone, without a label or a guide line (markers are labelled in the order they are added).
     *
     * @param legend  the legend line shared by markers of this kind
     * @param label   short text beside the marker
     * @param tooltip the full text, shown on hover
     */
    public LineChart marker(Instant at, double value, Shape shape, String colour, String legend, String label,
                            String tooltip) {
        markers.add(new Marker(at, value, shape, colour, legend, label, tooltip));
        return this;
    }

    /** A horizontal band such as "typical: 0.5–2%", labelled inside the plot; {@code tone} is its CSS class. */
    public LineChart band(double low, double high, String label, String tone) {
        bands.add(new Band(low, high, label, tone));
        return this;
    }

    /** A shaded stretch of time (a gap between samples), with the legend label shared by all spans. */
    public LineChart span(Instant from, Instant to, String legendLabel) {
        spans.add(new Span(from, to));
        this.spanLabel = legendLabel;
        return this;
    }

    /**
     * A shaded episode of the series from {@code from} to {@code to}, numbered at its top as in the episode table,
     * with {@code tooltip} on hover.
     */
    public LineChart episode(Instant from, Instant to, String number, String tooltip) {
        episodes.add(new EpisodeSpan(from, to, number, tooltip));
        return this;
    }

    /** Shades a paid flight from {@code from} to {@code to}, named {@code label} (untrusted: escaped). */
    public LineChart flight(Instant from, Instant to, String label, String tooltip) {
        flights.add(new FlightSpan(from, to, label, tooltip));
        return this;
    }

    /**
     * A part of a stacked split, drawn as an area on top of the parts added before it (the first at the bottom), so
     * the top of the last reads as their sum; parts with no points are left out. Values are matched by instant.
     */
    public LineChart stacked(String label, String colour, String tooltip, List<Point> points) {
        if (!points.isEmpty()) {
            stack.add(new Area(label, colour, tooltip, List.copyOf(points)));
        }
        return this;
    }

    /** Draws the chart. */
    public Chart render() {
        DateScale x = dateScale();
        NiceScale y = valueScale();
        double top = 16 + (markers.isEmpty() ? 0 : LANES * LANE);
        Plot p = new Plot(x, y, LEFT, top, WIDTH - LEFT - RIGHT, HEIGHT - top - BOTTOM);
        SvgWriter svg = new SvgWriter();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + SvgWriter.num(WIDTH) + " "
                        + SvgWriter.num(HEIGHT), "class", "chart", "role", "img",
                "aria-labelledby", id + "-t " + id + "-d");
        svg.textElement("title", title, "id", id + "-t");
        svg.textElement("desc", description, "id", id + "-d");
        svg.empty("rect", "class", "plot", "x", SvgWriter.num(p.left), "y", SvgWriter.num(p.top),
                "width", SvgWriter.num(p.width), "height", SvgWriter.num(p.height));
        drawBands(svg, p);
        drawSpans(svg, p);
        drawEpisodes(svg, p);
        drawFlights(svg, p);
        drawAxes(svg, p);
        drawBars(svg, p);
        drawStack(svg, p);
        drawFlightLabels(svg, p);
        drawLines(svg, p);
        drawMarkers(svg, p);
        svg.close("svg");
        return new Chart(id, title, caption, new SvgImage(svg.markup()), legend());
    }

    /** The plot area and its scales. */
    private record Plot(DateScale x, NiceScale y, double left, double top, double width, double height) {
        double px(Instant at) {
            return left + x.fraction(at) * width;
        }

        double py(double value) {
            return top + height - y.fraction(value) * height;
        }
    }

    private DateScale dateScale() {
        Instant first = null;
        Instant last = null;
        List<Instant> all = new ArrayList<>();
        lines.forEach(l -> l.points.forEach(pt -> all.add(pt.at)));
        bars.forEach(b -> {
            all.add(b.from);
            all.add(b.to);
        });
        markers.forEach(m -> all.add(m.at));
        stack.forEach(a -> a.points.forEach(pt -> all.add(pt.at)));
        for (Instant t : all) {
            first = first == null || t.isBefore(first) ? t : first;
            last = last == null || t.isAfter(last) ? t : last;
        }
        if (first == null) {
            first = Instant.EPOCH;
            last = Instant.EPOCH;
        }
        return DateScale.covering(first, last);
    }

    private NiceScale valueScale() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Line l : lines) {
            for (Point pt : l.points) {
                lo = Math.min(lo, pt.value);
                hi = Math.max(hi, pt.value);
            }
        }
        for (Bar b : bars) {
            lo = Math.min(lo, Math.min(0, b.value));
            hi = Math.max(hi, b.value);
        }
        for (Marker m : markers) {
            lo = Math.min(lo, m.value);
            hi = Math.max(hi, m.value);
        }
        if (!stack.isEmpty()) {
            double[][] edges = stackEdges();
            for (double v : edges[edges.length - 1]) {
                lo = Math.min(lo, Math.min(0, v));
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) {
            lo = 0;
            hi = bands.isEmpty() ? 1 : 0;
        }
        if (fromZero) {
            lo = Math.min(lo, 0);
        }
        if (hi <= lo) {
            // flat data (no comments at all): up to the first band edge above it, not an arbitrary 0-100%
            for (Band b : bands) {
                if (b.high > lo && Double.isFinite(b.high)) {
                    hi = b.high;
                    break;
                }
            }
        }
        return NiceScale.covering(lo, hi, 6);
    }

    private void drawBands(SvgWriter svg, Plot p) {
        for (Band b : bands) {
            double lo = Math.max(b.low, p.y.min());
            double hi = Math.min(b.high, p.y.max());
            if (hi <= lo) {
                continue;
            }
            double y0 = p.py(hi);
            double y1 = p.py(lo);
            svg.empty("rect", "class", "band " + b.tone, "x", SvgWriter.num(p.left), "y", SvgWriter.num(y0),
                    "width", SvgWriter.num(p.width), "height", SvgWriter.num(y1 - y0));
            if (y1 - y0 >= 11) {
                svg.textElement("text", b.label, "class", "band-label", "x", SvgWriter.num(p.left + p.width - 4),
                        "y", SvgWriter.num(y0 + 11), "text-anchor", "end");
            }
        }
    }

    private void drawSpans(SvgWriter svg, Plot p) {
        for (Span s : spans) {
            double x0 = p.px(s.from);
            double x1 = p.px(s.to);
            svg.empty("rect", "class", "gap", "x", SvgWriter.num(x0), "y", SvgWriter.num(p.top),
                    "width", SvgWriter.num(Math.max(1, x1 - x0)), "height", SvgWriter.num(p.height));
        }
    }

    private void drawEpisodes(SvgWriter svg, Plot p) {
        for (EpisodeSpan e : episodes) {
            drawShadedSpan(svg, p, "episode", e.from, e.to, e.tooltip, e.number, "episode-number", p.top + 11);
        }
    }

    /** A span of days shaded over the plot's height, with a tooltip and a short label at {@code labelY}. */
    private static void drawShadedSpan(SvgWriter svg, Plot p, String cssClass, Instant from, Instant to,
                                       String tooltip, String label, String labelClass, double labelY) {
        double x0 = p.px(from);
        double x1 = p.px(to);
        svg.open("g", "class", cssClass);
        svg.textElement("title", tooltip);
        svg.empty("rect", "x", SvgWriter.num(x0), "y", SvgWriter.num(p.top), "width",
                SvgWriter.num(Math.max(2, x1 - x0)), "height", SvgWriter.num(p.height));
        svg.textElement("text", label, "class", labelClass, "x", SvgWriter.num(x0 + 2), "y", SvgWriter.num(labelY));
        svg.close("g");
    }

    private void drawFlights(SvgWriter svg, Plot p) {
        for (FlightSpan f : flights) {
            double x0 = p.px(f.from);
            svg.open("g", "class", "flight");
            svg.textElement("title", f.tooltip);
            svg.empty("rect", "x", SvgWriter.num(x0), "y", SvgWriter.num(p.top), "width",
                    SvgWriter.num(Math.max(2, p.px(f.to) - x0)), "height", SvgWriter.num(p.height));
            svg.close("g");
        }
    }

    /** Flight names go on after the bars and stacked areas, so a split drawn over the band does not hide them. */
    private void drawFlightLabels(SvgWriter svg, Plot p) {
        for (FlightSpan f : flights) {
            svg.textElement("text", f.label, "class", "flight-label", "x", SvgWriter.num(p.px(f.from) + 2), "y",
                    SvgWriter.num(p.top + p.height - 4));
        }
    }

    /**
     * The edges of the stacked areas at the first part's instants: row 0 is the bottom (0), row i + 1 the top of
     * part i; a part with no value at an instant adds nothing there.
     */
    private double[][] stackEdges() {
        List<Point> at = stack.get(0).points;
        double[][] edges = new double[stack.size() + 1][at.size()];
        for (int i = 0; i < stack.size(); i++) {
            Map<Instant, Double> byInstant = new java.util.HashMap<>();
            stack.get(i).points.forEach(pt -> byInstant.put(pt.at, pt.value));
            for (int k = 0; k < at.size(); k++) {
                edges[i + 1][k] = edges[i][k] + byInstant.getOrDefault(at.get(k).at, 0.0);
            }
        }
        return edges;
    }

    private void drawStack(SvgWriter svg, Plot p) {
        if (stack.isEmpty()) {
            return;
        }
        double[][] edges = stackEdges();
        List<Point> at = stack.get(0).points;
        for (int i = 0; i < stack.size(); i++) {
            Area a = stack.get(i);
            StringBuilder d = new StringBuilder();
            for (int k = 0; k < at.size(); k++) {
                d.append(k == 0 ? "M" : "L").append(SvgWriter.num(p.px(at.get(k).at))).append(' ')
                        .append(SvgWriter.num(p.py(edges[i + 1][k])));
            }
            for (int k = at.size() - 1; k >= 0; k--) {
                d.append('L').append(SvgWriter.num(p.px(at.get(k).at))).append(' ')
                        .append(SvgWriter.num(p.py(edges[i][k])));
            }
            svg.open("g", "class", "area k-" + a.colour);
            svg.textElement("title", a.tooltip);
            svg.empty("path", "d", d.append('Z').toString());
            svg.close("g");
        }
    }

    private void drawAxes(SvgWriter svg, Plot p) {
        svg.open("g", "class", "axis", "aria-hidden", "true");
        for (double t : p.y.ticks()) {
            double yy = p.py(t);
            svg.empty("line", "class", t == 0 ? "zero" : "grid", "x1", SvgWriter.num(p.left), "x2",
                    SvgWriter.num(p.left + p.width), "y1", SvgWriter.num(yy), "y2", SvgWriter.num(yy));
            svg.textElement("text", valueFormat.apply(t), "x", SvgWriter.num(p.left - 6), "y",
                    SvgWriter.num(yy + 3.5), "text-anchor", "end");
        }
        for (DateScale.Tick t : p.x.ticks(7)) {
            double xx = p.px(t.at());
            svg.empty("line", "class", "tick", "x1", SvgWriter.num(xx), "x2", SvgWriter.num(xx), "y1",
                    SvgWriter.num(p.top + p.height), "y2", SvgWriter.num(p.top + p.height + 4));
            svg.textElement("text", t.label(), "x", SvgWriter.num(xx), "y", SvgWriter.num(p.top + p.height + 16),
                    "text-anchor", "middle");
        }
        svg.textElement("text", "date (UTC), " + p.x.years(), "class", "caption", "x",
                SvgWriter.num(p.left + p.width / 2), "y", SvgWriter.num(HEIGHT - 8), "text-anchor", "middle");
        svg.textElement("text", valueCaption, "class", "caption", "transform", "rotate(-90)", "x",
                SvgWriter.num(-(p.top + p.height / 2)), "y", "13", "text-anchor", "middle");
        svg.close("g");
    }

    private void drawBars(SvgWriter svg, Plot p) {
        if (bars.isEmpty()) {
            return;
        }
        svg.open("g", "class", "bars k-" + barsColour);
        double base = p.py(Math.max(0, p.y.min()));
        for (Bar b : bars) {
            double x0 = p.px(b.from);
            double x1 = p.px(b.to);
            double gap = Math.min(1.5, (x1 - x0) * 0.15);
            double yy = p.py(b.value);
            svg.open("rect", "x", SvgWriter.num(x0 + gap / 2), "y", SvgWriter.num(Math.min(yy, base)),
                    "width", SvgWriter.num(Math.max(0.5, x1 - x0 - gap)), "height",
                    SvgWriter.num(Math.abs(base - yy)), "class", b.muted ? "muted" : null);
            svg.textElement("title", b.tooltip);
            svg.close("rect");
        }
        svg.close("g");
    }

    private void drawLines(SvgWriter svg, Plot p) {
        // curves first and the observed data last, so the data stays on top
        List<Line> ordered = new ArrayList<>(lines.stream().filter(l -> l.stroke != Stroke.DATA).toList());
        ordered.addAll(lines.stream().filter(l -> l.stroke == Stroke.DATA).toList());
        for (Line l : ordered) {
            StringBuilder d = new StringBuilder();
            for (Point pt : l.points) {
                d.append(d.length() == 0 ? "M" : "L").append(SvgWriter.num(p.px(pt.at))).append(' ')
                        .append(SvgWriter.num(p.py(pt.value)));
            }
            svg.open("g", "class", "k-" + l.colour);
            svg.empty("path", "class", "line " + l.stroke.name().toLowerCase(), "d", d.toString());
            if (l.stroke == Stroke.DATA && l.points.size() <= DOTS_UP_TO) {
                for (Point pt : l.points) {
                    svg.empty("circle", "class", "dot", "cx", SvgWriter.num(p.px(pt.at)), "cy",
                            SvgWriter.num(p.py(pt.value)), "r", "2.6");
                }
            }
            svg.close("g");
        }
    }

    private void drawMarkers(SvgWriter svg, Plot p) {
        List<List<double[]>> lanes = new ArrayList<>();
        for (int i = 0; i < LANES; i++) {
            lanes.add(new ArrayList<>());
        }
        for (Marker m : markers) {
            double mx = p.px(m.at);
            double my = p.py(m.value);
            svg.open("g", "class", "marker k-" + m.colour);
            svg.textElement("title", m.tooltip);
            String label = m.label.length() > MAX_LABEL ? m.label.substring(0, MAX_LABEL - 1) + "…" : m.label;
            double w = label.length() * CHAR_WIDTH;
            boolean leftward = mx + 4 + w > WIDTH - 2;
            double x0 = leftward ? mx - 4 - w : mx + 4;
            boolean labelled = !label.isEmpty();
            int lane = labelled ? freeLane(lanes, x0, x0 + w) : -1;
            double guideTop = p.top;
            if (lane >= 0) {
                lanes.get(lane).add(new double[] {x0 - 6, x0 + w + 6});
                double ly = 12 + lane * LANE;
                guideTop = ly + 3;
                svg.textElement("text", label, "class", "marker-label", "x", SvgWriter.num(leftward ? mx - 4 : mx + 4),
                        "y", SvgWriter.num(ly), "text-anchor", leftward ? "end" : "start");
            }
            if (labelled) {
                svg.empty("line", "class", "guide", "x1", SvgWriter.num(mx), "x2", SvgWriter.num(mx), "y1",
                        SvgWriter.num(guideTop), "y2", SvgWriter.num(my));
            }
            svg.empty("path", "class", "shape", "d", shape(m.shape, mx, my, 5));
            svg.close("g");
        }
    }

    private static int freeLane(List<List<double[]>> lanes, double from, double to) {
        for (int i = 0; i < lanes.size(); i++) {
            boolean free = true;
            for (double[] taken : lanes.get(i)) {
                if (from < taken[1] && to > taken[0]) {
                    free = false;
                    break;
                }
            }
            if (free) {
                return i;
            }
        }
        return -1;
    }

    /** Path data of a marker shape centred on {@code (cx, cy)} with half-size {@code r}. */
    static String shape(Shape shape, double cx, double cy, double r) {
        String x = SvgWriter.num(cx);
        return switch (shape) {
            case TRIANGLE -> "M" + x + " " + SvgWriter.num(cy - r) + "L" + SvgWriter.num(cx + r) + " "
                    + SvgWriter.num(cy + r * 0.8) + "L" + SvgWriter.num(cx - r) + " " + SvgWriter.num(cy + r * 0.8)
                    + "Z";
            case DIAMOND -> "M" + x + " " + SvgWriter.num(cy - r) + "L" + SvgWriter.num(cx + r) + " "
                    + SvgWriter.num(cy) + "L" + x + " " + SvgWriter.num(cy + r) + "L" + SvgWriter.num(cx - r) + " "
                    + SvgWriter.num(cy) + "Z";
            case SQUARE -> "M" + SvgWriter.num(cx - r * 0.8) + " " + SvgWriter.num(cy - r * 0.8) + "h"
                    + SvgWriter.num(r * 1.6) + "v" + SvgWriter.num(r * 1.6) + "h" + SvgWriter.num(-r * 1.6) + "Z";
            case CROSS -> "M" + SvgWriter.num(cx - r) + " " + SvgWriter.num(cy - r) + "L" + SvgWriter.num(cx + r)
                    + " " + SvgWriter.num(cy + r) + "M" + SvgWriter.num(cx + r) + " " + SvgWriter.num(cy - r) + "L"
                    + SvgWriter.num(cx - r) + " " + SvgWriter.num(cy + r);
            case CIRCLE -> "M" + SvgWriter.num(cx - r) + " " + SvgWriter.num(cy) + "a" + SvgWriter.num(r) + " "
                    + SvgWriter.num(r) + " 0 1 0 " + SvgWriter.num(2 * r) + " 0a" + SvgWriter.num(r) + " "
                    + SvgWriter.num(r) + " 0 1 0 " + SvgWriter.num(-2 * r) + " 0";
        };
    }

    private List<Chart.LegendEntry> legend() {
        List<Chart.LegendEntry> legend = new ArrayList<>();
        for (Line l : lines) {
            legend.add(new Chart.LegendEntry(l.label, Swatches.line(l.colour, l.stroke)));
        }
        if (!bars.isEmpty() && barsLabel != null) {
            legend.add(new Chart.LegendEntry(barsLabel, Swatches.bar(barsColour)));
        }
        for (Area a : stack) {
            legend.add(new Chart.LegendEntry(a.label, Swatches.area(a.colour)));
        }
        Map<String, Marker> kinds = new LinkedHashMap<>();
        markers.forEach(m -> kinds.putIfAbsent(m.legend, m));
        kinds.forEach((text, m) -> legend.add(new Chart.LegendEntry(text, Swatches.marker(m.shape, m.colour))));
        if (!spans.isEmpty()) {
            legend.add(new Chart.LegendEntry(spanLabel, Swatches.gap()));
        }
        if (!episodes.isEmpty()) {
            legend.add(new Chart.LegendEntry("episode, numbered as in the episode table", Swatches.episode()));
        }
        if (!flights.isEmpty()) {
            legend.add(new Chart.LegendEntry("paid flight, as declared (viralscope campaign)", Swatches.flight()));
        }
        return List.copyOf(legend);
    }
}
