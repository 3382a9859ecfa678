package io.viralscope.plugins.mechanism;

/**
 * The four dynamic classes of Crane &amp; Sornette, "Robust dynamic classes revealed by measuring the response
 * function of a social system", PNAS 105 (2008), with the relaxation exponent each predicts after the peak for a
 * memory kernel {@code φ(t) ∝ t^−(1+θ)}.
 */
enum CascadeClass {
    /** A shock that ignited a cascade (n ≈ 1): relaxation {@code t^−(1−θ)}. */
    EXOGENOUS_CRITICAL("exogenous-critical", "exogenous critical"),
    /** A one-off shock to an audience that does not pass it on (n well below 1): relaxation {@code t^−(1+θ)}. */
    EXOGENOUS_SUBCRITICAL("exogenous-subcritical", "exogenous subcritical"),
    /** A burst grown from within by word of mouth (n ≈ 1): build-up and relaxation {@code |t − t_c|^−(1−2θ)}. */
    ENDOGENOUS_CRITICAL("endogenous-critical", "endogenous critical"),
    /** No significant burst: a steady trickle with small self-excited fluctuations. */
    ENDOGENOUS_SUBCRITICAL("endogenous-subcritical", "endogenous subcritical");

    private final String id;
    private final String phrase;

    CascadeClass(String id, String phrase) {
        this.id = id;
        this.phrase = phrase;
    }

    /** The id used in reports ({@code class} metric). */
    String id() {
        return id;
    }

    /** Plain words for summaries. */
    String phrase() {
        return phrase;
    }

    /** True for the two exogenous classes. */
    boolean exogenous() {
        return this == EXOGENOUS_CRITICAL || this == EXOGENOUS_SUBCRITICAL;
    }
}
