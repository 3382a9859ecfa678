package io.viralscope.plugins.engagement;

/**
 * Working bands of engagement per view (docs/architecture.md#engagement-bands). Likes per view: below 0.5% low, 0.5–2% typical, 2–5% high,
 * above 5% very high. Comments per view: below 0.05% low, 0.05–0.3% typical, 0.3–1% high, above 1% very high;
 * the common working band calls above 0.5% high, and 0.3–0.5% (above typical) is put with it so the bands meet; 1% for
 * "very high" is this detector's working choice. A ratio on a boundary belongs to the band above it, except that
 * exactly 5% (1% for comments) is still high: very high lies strictly above.
 */
enum EngagementBand {
    LOW("low"), TYPICAL("typical"), HIGH("high"), VERY_HIGH("very high");

    private final String label;

    EngagementBand(String label) {
        this.label = label;
    }

    /** The text in reports: {@code low}, {@code typical}, {@code high} or {@code very high}. */
    String label() {
        return label;
    }

    /** The band of a likes-per-view ratio. */
    static EngagementBand ofLikes(double ratio) {
        return of(ratio, 0.005, 0.02, 0.05);
    }

    /** The band of a comments-per-view ratio. */
    static EngagementBand ofComments(double ratio) {
        return of(ratio, 0.0005, 0.003, 0.01);
    }

    /** The typical range of likes, for sentences. */
    static String typicalLikes() {
        return "0.5–2%";
    }

    private static EngagementBand of(double ratio, double typical, double high, double veryHigh) {
        if (ratio < typical) {
            return LOW;
        }
        if (ratio < high) {
            return TYPICAL;
        }
        return ratio <= veryHigh ? HIGH : VERY_HIGH;
    }
}
