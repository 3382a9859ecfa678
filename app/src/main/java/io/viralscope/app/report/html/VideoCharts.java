package io.viralscope.app.report.html;

import io.viralscope.api.CampaignFlight;
import io.viralscope.api.CurveQuantity;
import io.viralscope.api.DailyGrid;
import io.viralscope.api.Detection;
import io.viralscope.api.Event;
import io.viralscope.api.FittedCurve;
import io.viralscope.api.MetricBand;
import io.viralscope.api.MetricInfo;
import io.viralscope.api.Sample;
import io.viralscope.api.TurnedOffCounts;
import io.viralscope.api.VideoSeries;
import io.viralscope.app.Counted;
import io.viralscope.app.TerminalText;
import io.viralscope.app.analysis.VideoAnalysis;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The charts of one video: cumulative views with every fitted curve, daily views with every event (the
 * {@link EventRanking#LABELLED} first in {@link EventRanking} order labelled, the others marked), and engagement
 * per view against the bands its detection declares. Curves go on the chart of their {@link CurveQuantity} and events on the daily chart
 * whatever detector made them, so a new plugin's output is drawn without a change here.
 */
final class VideoCharts {

    /** Shading of declared bands, from the lowest band up; bands beyond the fourth share the last tone. */
    private static final String[] BAND_TONES = {"b-low", "b-typical", "b-high", "b-very-high"};

    /** Colours for curves, in order: Okabe–Ito, leaving black for the observed data. */
    private static final int CURVE_COLOURS = 6;

    /**
     * Colours of a stacked split, bottom up: the part the others stand on in the bars' neutral grey, then sky blue
     * and green (a push and word of mouth, in the blues and greens of the verdict's colours, but not the blue and
     * vermillion the best fits' curves take first), then the rest of Okabe–Ito.
     */
    private static final String[] STACK_COLOURS = {"bars", "6", "3", "4", "5", "2", "1"};

    private final VideoAnalysis video;
    private final String anchor;
    private final String name;
    private final DailyGrid grid;

    VideoCharts(VideoAnalysis video, String anchor, String name) {
        this.video = video;
        this.anchor = anchor;
        this.name = name;
        this.grid = video.grid(); // the grid the detectors saw, not built again
    }

    /** Every chart this video has data or curves for. */
    List<Chart> all() {
        List<Chart> charts = new ArrayList<>();
        VideoSeries s = video.series();
        if (s.isEmpty()) {
            return charts;
        }
        charts.add(cumulative());
        if (grid.size() >= 2) {
            charts.add(daily());
        }
        ratioChart("likes", "Likes per view", Sample::likes, CurveQuantity.LIKES_PER_VIEW).ifPresent(charts::add);
        ratioChart("comments", "Comments per view", Sample::comments, CurveQuantity.COMMENTS_PER_VIEW)
                .ifPresent(charts::add);
        ratioChart("shares", "Shares per view", Sample::shares, CurveQuantity.SHARES_PER_VIEW)
                .ifPresent(charts::add);
        return charts;
    }

    /** The observed cumulative views, one point per sample. */
    static List<LineChart.Point> observedViews(VideoSeries s) {
        return s.samples().stream().map(x -> new LineChart.Point(x.at(), x.views())).toList();
    }

    private Chart cumulative() {
        VideoSeries s = video.series();
        List<LineChart.Point> observed = observedViews(s);
        double first = observed.get(0).value();
        double last = observed.get(observed.size() - 1).value();
        LineChart chart = LineChart.titled(anchor + "-cumulative", "Cumulative views of " + name)
                .caption("Cumulative views, with fitted curves")
                .valueAxis("views", HumanNumbers::compact, first < 0.4 * last)
                .line("observed views (" + Counted.of(s.size(), "sample") + ")", "data",
                        LineChart.Stroke.DATA, observed);
        List<String> curveNames = addCurves(chart, CurveQuantity.CUMULATIVE_VIEWS);
        addGaps(chart);
        chart.description("Cumulative views from " + HumanDates.day(s.firstAt().orElseThrow()) + " to "
                + HumanDates.day(s.lastAt().orElseThrow()) + ", from " + HumanNumbers.compact(first) + " to "
                + HumanNumbers.compact(last) + " views. " + curvesSentence(curveNames));
        return chart.render();
    }

    private Chart daily() {
        double[] x = grid.dailyViews();
        Optional<Detection> split = splitOf(video.detections());
        LineChart chart = LineChart.titled(anchor + "-daily", "Daily views of " + name)
                .caption(split.isPresent() ? "Daily views, split by " + split.get().detector() + ", with events"
                        : "Daily views, with events")
                .valueAxis("views per day", HumanNumbers::compact, true);
        int peak = 0;
        for (int k = 0; k < x.length; k++) {
            peak = x[k] > x[peak] ? k : peak;
        }
        String splitSentence = "";
        if (split.isPresent()) {
            // the parts fill the day's views, so the observed views are their outline: a line, not bars under them
            List<LineChart.Point> observed = new ArrayList<>(x.length);
            for (int k = 0; k < x.length; k++) {
                observed.add(new LineChart.Point(onBar(grid.time(k)), x[k]));
            }
            chart.line("views per day (interpolated between samples)", "data", LineChart.Stroke.DATA, observed);
            splitSentence = stackSplit(chart, split.get());
        } else {
            chart.bars("views per day (interpolated between samples)", "bars");
            for (int k = 0; k < x.length; k++) {
                boolean interpolated = !grid.usableDay(k);
                // bar k is the UTC day from time(k) to time(k + 1), named by its own date
                chart.bar(grid.time(k), grid.time(k + 1), x[k], interpolated, HumanDates.day(grid.time(k)) + ": "
                        + HumanNumbers.compact(x[k]) + " views" + (interpolated ? " (interpolated across a gap)"
                        : ""));
            }
        }
        List<String> curveNames = addCurves(chart, CurveQuantity.DAILY_VIEWS);
        // parts of a split no detection's stack took (a second detection's) are still drawn, as curves
        List<String> partNames = addCurves(chart, CurveQuantity.DAILY_VIEWS_PART, split.orElse(null));
        curveNames = new ArrayList<>(curveNames);
        curveNames.addAll(partNames);
        List<EventRanking.Ranked> ranked = EventRanking.of(video.detections());
        // only the top few carry a label, so labels never crowd into an unreadable band; the rest are marks
        for (int i = 0; i < ranked.size(); i++) {
            Event e = ranked.get(i).event();
            EventStyle style = EventStyle.of(e.type());
            String text = e.label() + " (" + ranked.get(i).detection().detector() + ", " + HumanDates.day(e.at()) + ")";
            chart.marker(onBar(e.at()), dailyAt(e.at(), x), style.shape(), style.colour(), style.noun(),
                    i < EventRanking.LABELLED ? e.label() : "", text);
        }
        int events = ranked.size();
        List<EpisodeRow> episodes = EpisodeRow.of(video.detections());
        episodes.forEach(e -> chart.episode(e.start(), e.end(), String.valueOf(e.number()), e.tooltip()));
        List<CampaignFlight> flights = video.series().flights();
        for (CampaignFlight f : flights) {
            Instant from = f.first().atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant to = f.last().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            chart.flight(from, to, "paid: " + TerminalText.printable(f.campaign(), 40), "Paid flight of campaign "
                    + TerminalText.printable(f.campaign(), 200) + ", " + HumanDates.day(from) + " to "
                    + HumanDates.day(f.last().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        addGaps(chart);
        chart.description("Views per day from " + HumanDates.day(grid.time(0)) + " to "
                + HumanDates.day(grid.time(grid.size() - 2)) + "; the busiest day was "
                + HumanDates.day(grid.time(peak)) + " with " + HumanNumbers.compact(x[peak]) + " views. "
                + (events == 0 ? "No events marked. " : Counted.of(events, "event") + " marked"
                + (events > EventRanking.LABELLED ? ", the " + EventRanking.LABELLED + " most significant labelled"
                : "") + "; they are listed in the table below. ")
                + (episodes.isEmpty() ? "" : Counted.of(episodes.size(), "episode") + " shaded and numbered as in "
                + "the episode table. ") + (flights.isEmpty() ? "" : Counted.of(flights.size(), "paid flight")
                + " shaded in orange. ") + splitSentence + curvesSentence(curveNames));
        return chart.render();
    }

    /**
     * The detection whose parts of the daily views ({@link CurveQuantity#DAILY_VIEWS_PART}) are stacked: the first
     * that gives at least two. The chart knows parts, not the detector that made them.
     */
    static Optional<Detection> splitOf(List<Detection> detections) {
        return detections.stream().filter(Detection::isOk).filter(d -> d.curves().stream()
                .filter(c -> c.quantity() == CurveQuantity.DAILY_VIEWS_PART && c.size() > 0).count() >= 2)
                .findFirst();
    }

    /** Stacks the parts of {@code d}'s split in the order it gives them; returns the sentence describing them. */
    private String stackSplit(LineChart chart, Detection d) {
        List<FittedCurve> parts = d.curves().stream()
                .filter(c -> c.quantity() == CurveQuantity.DAILY_VIEWS_PART && c.size() > 0).toList();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            FittedCurve c = parts.get(i);
            double total = 0;
            for (int k = 0; k < c.size(); k++) {
                total += c.value(k);
            }
            String part = TerminalText.printable(c.name(), 40);
            words.add(part + " " + HumanNumbers.compact(total));
            chart.stacked(d.detector() + ": " + part, STACK_COLOURS[Math.min(i, STACK_COLOURS.length - 1)],
                    d.detector() + ": " + part + ", " + HumanNumbers.compact(total) + " views over the chart (part "
                            + (i + 1) + " of " + parts.size() + ", stacked from the bottom)", points(c, true));
        }
        return "Stacked beneath the daily views, " + d.detector() + "'s split of them, from the bottom up: "
                + String.join(", ", words) + " views. ";
    }

    private Optional<Chart> ratioChart(String key, String title, Function<Sample, Long> count,
                                       CurveQuantity quantity) {
        List<LineChart.Point> observed = new ArrayList<>();
        // a count that fell to 0 after being positive was turned off: not drawn as 0%
        for (Sample sample : TurnedOffCounts.asUnknown(video.series()).samples()) {
            Long c = count.apply(sample);
            if (c != null && sample.views() > 0) {
                observed.add(new LineChart.Point(sample.at(), (double) c / sample.views()));
            }
        }
        boolean curves = video.detections().stream().flatMap(d -> d.curves().stream())
                .anyMatch(c -> c.quantity() == quantity);
        if (observed.isEmpty() && !curves) {
            return Optional.empty();
        }
        MetricInfo declared = declaredBands(quantity);
        List<String> bandWords = MetricText.bands(declared);
        LineChart chart = LineChart.titled(anchor + "-" + key, title + " of " + name)
                .caption(title + (bandWords.isEmpty() ? "" : ", against typical bands"))
                .valueAxis(key + " per view", HumanNumbers::percent, true)
                .line("observed " + key + " ÷ views", "data", LineChart.Stroke.DATA, observed);
        for (int i = 0; i < declared.bands().size(); i++) {
            MetricBand b = declared.bands().get(i);
            chart.band(b.low(), b.high() == null ? Double.POSITIVE_INFINITY : b.high(), bandWords.get(i),
                    BAND_TONES[Math.min(i, BAND_TONES.length - 1)]);
        }
        List<String> curveNames = addCurves(chart, quantity);
        String range = observed.isEmpty() ? "No observed " + key + ". "
                : "Observed " + key + " per view from " + HumanNumbers.percent(observed.get(0).value()) + " to "
                + HumanNumbers.percent(observed.get(observed.size() - 1).value()) + ". ";
        chart.description(range + (bandWords.isEmpty() ? "" : "Shaded bands: " + String.join(", ", bandWords)
                + ". ") + curvesSentence(curveNames));
        return Optional.of(chart.render());
    }

    /**
     * The bands a detection declares for the metric of {@code quantity} (such as {@code likes_per_view}), from the
     * first detection that declares any, preferring one that drew a curve of it; none when no detection does.
     */
    private MetricInfo declaredBands(CurveQuantity quantity) {
        List<Detection> ordered = new ArrayList<>(video.detections());
        ordered.sort(Comparator.comparing((Detection d) -> d.curves().stream()
                .noneMatch(c -> c.quantity() == quantity)));
        return ordered.stream().map(d -> d.info(quantity.metric())).filter(i -> !i.bands().isEmpty()).findFirst()
                .orElse(MetricInfo.PLAIN);
    }

    /**
     * Adds every curve of {@code quantity}, from every detector, and returns their legend names. Best fits come
     * first, so they take the first colours of the palette (blue, then vermillion) on every chart.
     */
    private List<String> addCurves(LineChart chart, CurveQuantity quantity) {
        return addCurves(chart, quantity, null);
    }

    /** As {@link #addCurves(LineChart, CurveQuantity)}, leaving out the curves of {@code drawnElsewhere}. */
    private List<String> addCurves(LineChart chart, CurveQuantity quantity, Detection drawnElsewhere) {
        record Named(String label, FittedCurve curve) {
        }
        List<Named> curves = new ArrayList<>();
        for (Detection d : video.detections()) {
            if (d == drawnElsewhere) {
                continue;
            }
            for (FittedCurve c : d.curves()) {
                if (c.quantity() == quantity && c.size() > 0) {
                    curves.add(new Named(d.detector() + ": " + c.name() + (c.primary() ? " (best fit)" : ""), c));
                }
            }
        }
        curves.sort(Comparator.comparing((Named n) -> !n.curve().primary())); // stable: detector order otherwise
        List<String> names = new ArrayList<>();
        for (int i = 0; i < curves.size(); i++) {
            FittedCurve c = curves.get(i).curve();
            chart.line(curves.get(i).label(), Integer.toString(i % CURVE_COLOURS + 1),
                    c.primary() ? LineChart.Stroke.PRIMARY : LineChart.Stroke.SECONDARY,
                    points(c, quantity == CurveQuantity.DAILY_VIEWS || quantity == CurveQuantity.DAILY_VIEWS_PART));
            names.add(curves.get(i).label());
        }
        return names;
    }

    /** The chart points of a compact curve; {@code onBars} moves each to the middle of its day's bar. */
    private List<LineChart.Point> points(FittedCurve c, boolean onBars) {
        List<LineChart.Point> points = new ArrayList<>(c.size());
        for (int i = 0; i < c.size(); i++) {
            Instant at = c.at(i);
            points.add(new LineChart.Point(onBars ? onBar(at) : at, c.value(i)));
        }
        return points;
    }

    private void addGaps(LineChart chart) {
        int i = 0;
        while (i < grid.size()) {
            if (!grid.inGap(i)) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < grid.size() && grid.inGap(j + 1)) {
                j++;
            }
            chart.span(grid.time(Math.max(0, i - 1)), grid.time(Math.min(grid.size() - 1, j + 1)),
                    "gap between samples (interpolated)");
            i = j + 1;
        }
    }

    /** Daily views of the UTC day {@code at} lies in, for placing an event marker on its bar. */
    private double dailyAt(Instant at, double[] x) {
        double days = (at.getEpochSecond() - grid.start().getEpochSecond()) / 86_400.0;
        int k = (int) Math.floor(days + 1e-9);
        return x[Math.max(0, Math.min(x.length - 1, k))];
    }

    /**
     * Where something dated by a day is drawn: an instant at 00:00 UTC names the whole day (docs/architecture.md#daily-grid), so
     * it goes to the middle of that day's bar; any other instant stays where it is.
     */
    static Instant onBar(Instant at) {
        return at.getEpochSecond() % 86_400 == 0 ? at.plusSeconds(43_200) : at;
    }

    private static String curvesSentence(List<String> names) {
        return names.isEmpty() ? "No fitted curves." : "Overlaid: " + String.join("; ", names) + ".";
    }
}
