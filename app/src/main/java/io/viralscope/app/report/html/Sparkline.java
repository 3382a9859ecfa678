package io.viralscope.app.report.html;

import java.time.Instant;
import java.util.List;

/**
 * A small multiple: one video's cumulative views as a tiny area chart from zero to its last count, with no axes,
 * so many videos compare at a glance. Each panel has its own scales; its caption carries the numbers.
 */
final class Sparkline {

    static final double WIDTH = 220;
    static final double HEIGHT = 64;
    private static final double PAD = 3;

    private Sparkline() {
    }

    /**
     * @param title  what screen readers hear, such as "Cumulative views of ...: 12k to 1.2M in 90 days"
     * @param points the observed cumulative views, in time order
     * @param tone   CSS class of the colour (the verdict's)
     */
    static SvgImage of(String title, List<LineChart.Point> points, String tone) {
        return of(title, points, tone, false);
    }

    /**
     * As above; a {@code compact} sparkline (a page of many videos) is the line alone, in whole-unit coordinates,
     * without a title of its own and hidden from screen readers, as its caption beside it says the same.
     */
    static SvgImage of(String title, List<LineChart.Point> points, String tone, boolean compact) {
        java.util.function.DoubleFunction<String> num = compact ? v -> Long.toString(Math.round(v)) : SvgWriter::num;
        SvgWriter svg = compact
                ? new SvgWriter().open("svg", "viewBox", "0 0 " + SvgWriter.num(WIDTH) + " " + SvgWriter.num(HEIGHT),
                "class", "spark " + tone, "aria-hidden", "true") // inline in HTML, an svg needs no xmlns
                : new SvgWriter().open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox",
                "0 0 " + SvgWriter.num(WIDTH) + " " + SvgWriter.num(HEIGHT), "class", "spark " + tone, "role", "img");
        if (!compact) {
            svg.textElement("title", title);
        }
        if (!points.isEmpty()) {
            Instant first = points.get(0).at();
            Instant last = points.get(points.size() - 1).at();
            double span = Math.max(1, last.getEpochSecond() - first.getEpochSecond());
            double max = points.stream().mapToDouble(LineChart.Point::value).max().orElse(1);
            max = max <= 0 ? 1 : max;
            double w = WIDTH - 2 * PAD;
            double h = HEIGHT - 2 * PAD;
            StringBuilder line = new StringBuilder();
            double[] xs = new double[points.size()];
            for (int i = 0; i < points.size(); i++) {
                LineChart.Point p = points.get(i);
                xs[i] = points.size() == 1 ? PAD + w / 2
                        : PAD + (p.at().getEpochSecond() - first.getEpochSecond()) / span * w;
                double y = PAD + h - p.value() / max * h;
                line.append(i == 0 ? "M" : "L").append(num.apply(xs[i])).append(' ').append(num.apply(y));
            }
            double x0 = xs[0];
            double xn = xs[xs.length - 1];
            String base = num.apply(PAD + h);
            if (!compact) { // the line alone tells the shape; the shaded area would double the bytes
                svg.empty("path", "class", "area", "d", line + "L" + num.apply(xn) + " " + base + "L"
                        + num.apply(x0) + " " + base + "Z");
            }
            svg.empty("path", "class", "line", "d", line.toString());
            if (points.size() == 1) {
                svg.empty("circle", "class", "dot", "cx", SvgWriter.num(xn), "cy",
                        SvgWriter.num(PAD + h - points.get(0).value() / max * h), "r", "2.5");
            }
        }
        return new SvgImage(svg.close("svg").markup());
    }
}
