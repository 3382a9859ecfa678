package io.viralscope.app.report.html;

import java.util.List;

/**
 * A drawn chart, ready for a template: the SVG and the legend shown beneath it.
 *
 * @param id     unique id in the page, also the prefix of the SVG's title and description ids
 * @param title  the chart's title, as shown in the caption and read by screen readers
 * @param svg    the chart
 * @param legend what each colour, dash and shape means
 */
public record Chart(String id, String title, SvgImage svg, List<LegendEntry> legend) {

    /**
     * One legend line.
     *
     * @param label  what it is, in words
     * @param swatch a small picture of its line, bar or marker
     */
    public record LegendEntry(String label, SvgImage swatch) {
    }
}
