package io.viralscope.app.report.html;

import java.util.List;

/**
 * The working engagement bands (docs/architecture.md#engagement-bands), drawn behind the engagement charts: likes per view below 0.5% low,
 * 0.5–2% typical, 2–5% high, above 5% very high; comments per view below 0.05% low, 0.05–0.3% typical, above
 * 0.5% high.
 */
final class EngagementBands {

    /**
     * One band of ratios.
     *
     * @param low  lower end (ratio, 0..1)
     * @param high upper end (ratio); {@code 1} for "and above"
     * @param name the band's word, as the engagement detector uses it
     * @param tone CSS class of its shading
     */
    record Band(double low, double high, String name, String tone) {

        /** "typical 0.5–2%", or "very high > 5%". */
        String label() {
            return name + " " + (high >= 1 ? "> " + HumanNumbers.percent(low)
                    : low <= 0 ? "< " + HumanNumbers.percent(high)
                    : HumanNumbers.percent(low).replace("%", "") + "–" + HumanNumbers.percent(high));
        }
    }

    static final List<Band> LIKES = List.of(
            new Band(0, 0.005, "low", "b-low"),
            new Band(0.005, 0.02, "typical", "b-typical"),
            new Band(0.02, 0.05, "high", "b-high"),
            new Band(0.05, 1, "very high", "b-very-high"));

    static final List<Band> COMMENTS = List.of(
            new Band(0, 0.0005, "low", "b-low"),
            new Band(0.0005, 0.003, "typical", "b-typical"),
            new Band(0.005, 1, "high", "b-high"));

    private EngagementBands() {
    }

    /**
     * The band word for a ratio, for when the engagement detector reported the ratio but no band; a ratio between
     * two bands (comments 0.3–0.5%) reads "above typical".
     */
    static String nameOf(List<Band> bands, double ratio) {
        for (Band b : bands) {
            if (ratio >= b.low() && ratio < b.high()) {
                return b.name();
            }
        }
        return ratio >= 1 ? bands.get(bands.size() - 1).name() : "above typical";
    }
}
