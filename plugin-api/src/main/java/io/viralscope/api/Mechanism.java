package io.viralscope.api;

/**
 * How a video spread, in the vocabulary of reports (after Kevin Allocca; docs/architecture.md#spreading-vocabulary).
 */
@Stability(level = Stability.Level.STABLE, since = "1.0.0")
public enum Mechanism {
    /** An exogenous jump: a tastemaker, press or platform feature lit it in one day. */
    TASTEMAKER_SHOCK("tastemaker-shock", "tastemaker shock"),
    /** An endogenous build-up: viewers passing it on (earned media), imitation q much larger than innovation p. */
    COMMUNITY_WORD_OF_MOUTH("community-word-of-mouth", "community word of mouth"),
    /** Sustained growth driven from outside (paid or owned media), innovation p at least imitation q. */
    EXTERNAL_PUSH("external-push", "external push"),
    /** No significant burst: a steady trickle of views. */
    ORGANIC_BASELINE("organic-baseline", "organic baseline");

    private final String id;
    private final String phrase;

    Mechanism(String id, String phrase) {
        this.id = id;
        this.phrase = phrase;
    }

    /** Kebab-case id used in JSON. */
    public String id() {
        return id;
    }

    /** Plain words for reports. */
    public String phrase() {
        return phrase;
    }
}
