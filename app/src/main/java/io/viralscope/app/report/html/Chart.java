package io.viralscope.app.report.html;

import java.util.List;

/**
 * A drawn chart, ready for a template: the SVG and the legend shown beneath it.
 *
 * @param id     unique id in the page, also the prefix of the SVG's title and description ids
 * @param title   the chart's full title, read by screen readers (it names the video)
 * @param caption the short caption shown above the chart, inside the video's section
 * @param svg    the chart
 * @param legend what each colour, dash and shape means
 */
public record Chart(String id, String title, String caption, SvgImage svg, List<LegendEntry> legend) {

    /**
     * One legend line.
     *
     * @param label  what it is, in words
     * @param swatch a small picture of its line, bar or marker
     */
    public record LegendEntry(String label, SvgImage swatch) {
    }
}
