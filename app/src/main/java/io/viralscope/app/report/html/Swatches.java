package io.viralscope.app.report.html;

/** The small pictures in chart legends, drawn with the same CSS classes as the charts. */
final class Swatches {

    private Swatches() {
    }

    static SvgImage line(String colour, LineChart.Stroke stroke) {
        SvgWriter svg = start();
        svg.open("g", "class", "k-" + colour);
        svg.empty("path", "class", "line " + stroke.name().toLowerCase(), "d", "M2 7H26");
        if (stroke == LineChart.Stroke.DATA) {
            svg.empty("circle", "class", "dot", "cx", "14", "cy", "7", "r", "2.6");
        }
        return finish(svg.close("g"));
    }

    static SvgImage bar(String colour) {
        SvgWriter svg = start();
        svg.open("g", "class", "bars k-" + colour);
        svg.empty("rect", "x", "8", "y", "2", "width", "12", "height", "10");
        return finish(svg.close("g"));
    }

    /** A part of a stacked split: a filled block, as its area on the chart. */
    static SvgImage area(String colour) {
        SvgWriter svg = start();
        svg.open("g", "class", "area k-" + colour);
        svg.empty("path", "d", "M3 13V4H25V13Z");
        return finish(svg.close("g"));
    }

    static SvgImage marker(LineChart.Shape shape, String colour) {
        SvgWriter svg = start();
        svg.open("g", "class", "marker k-" + colour);
        svg.empty("path", "class", "shape", "d", LineChart.shape(shape, 14, 7, 5));
        return finish(svg.close("g"));
    }

    static SvgImage gap() {
        SvgWriter svg = start();
        svg.empty("rect", "class", "gap", "x", "4", "y", "1", "width", "20", "height", "12");
        return finish(svg);
    }

    static SvgImage episode() {
        SvgWriter svg = start();
        svg.open("g", "class", "episode");
        svg.empty("rect", "x", "4", "y", "1", "width", "20", "height", "12");
        return finish(svg.close("g"));
    }

    static SvgImage flight() {
        SvgWriter svg = start();
        svg.empty("rect", "class", "flight", "x", "4", "y", "1", "width", "20", "height", "12");
        return finish(svg);
    }

    private static SvgWriter start() {
        return new SvgWriter().open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 28 14",
                "class", "swatch", "width", "28", "height", "14", "aria-hidden", "true", "focusable", "false");
    }

    private static SvgImage finish(SvgWriter svg) {
        return new SvgImage(svg.close("svg").markup());
    }
}
