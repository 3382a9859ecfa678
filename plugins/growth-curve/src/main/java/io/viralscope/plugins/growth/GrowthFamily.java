package io.viralscope.plugins.growth;

/**
 * The growth models the detector compares, in order of preference when two explain the data equally well: fewer
 * parameters first, then the more familiar S-curve.
 */
enum GrowthFamily {
    LINEAR("linear", 1),
    EXPONENTIAL("exponential", 2),
    LOGISTIC("logistic", 3),
    GOMPERTZ("gompertz", 3),
    BASS("bass", 3);

    private final String wireName;
    private final int parameters;
    private final String aiccMetric;

    GrowthFamily(String wireName, int parameters) {
        this.wireName = wireName;
        this.parameters = parameters;
        this.aiccMetric = "aicc_" + wireName;
    }

    /** The metric of this family's own AICc, such as {@code aicc_logistic}. */
    String aiccMetric() {
        return aiccMetric;
    }

    /** The name in reports, such as {@code logistic}. */
    String wireName() {
        return wireName;
    }

    /** Parameters the family fits to daily increments (a constant offset of cumulative views cancels out). */
    int parameters() {
        return parameters;
    }

    /** True for the families that approach a ceiling of views. */
    boolean saturates() {
        return this == LOGISTIC || this == GOMPERTZ || this == BASS;
    }
}
