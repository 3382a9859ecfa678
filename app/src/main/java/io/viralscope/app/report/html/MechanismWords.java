package io.viralscope.app.report.html;

import io.viralscope.api.Mechanism;
import io.viralscope.app.analysis.Verdict;

/**
 * The report's vocabulary for how a video spread (docs/architecture.md#spreading-vocabulary, after Kevin Allocca), with the colour each
 * mechanism wears in every chart and table.
 */
public enum MechanismWords {
    TASTEMAKER_SHOCK(Mechanism.TASTEMAKER_SHOCK, "m-shock", "An exogenous jump: a tastemaker, the press or a"
            + " platform feature lit the video within a day, and attention then relaxed."),
    COMMUNITY_WORD_OF_MOUTH(Mechanism.COMMUNITY_WORD_OF_MOUTH, "m-wom", "An endogenous build-up: viewers passed"
            + " the video on (earned media); imitation q far exceeds innovation p."),
    EXTERNAL_PUSH(Mechanism.EXTERNAL_PUSH, "m-push", "Sustained growth driven from outside (paid or owned media);"
            + " innovation p at least matches imitation q."),
    ORGANIC_BASELINE(Mechanism.ORGANIC_BASELINE, "m-organic", "No significant burst: a steady trickle of views.");

    private final Mechanism mechanism;
    private final String tone;
    private final String meaning;

    MechanismWords(Mechanism mechanism, String tone, String meaning) {
        this.mechanism = mechanism;
        this.tone = tone;
        this.meaning = meaning;
    }

    /** The mechanism's name in plain words, such as "tastemaker shock". */
    public String phrase() {
        return mechanism.phrase();
    }

    /** The CSS class of its colour. */
    public String tone() {
        return tone;
    }

    /** What it means, in a sentence. */
    public String meaning() {
        return meaning;
    }

    /** CSS class of a verdict whose mechanism no detector supported. */
    public static final String UNDETERMINED_TONE = "m-none";

    /** The CSS class of a verdict's mechanism id. */
    public static String toneOf(String mechanismId) {
        for (MechanismWords w : values()) {
            if (w.mechanism.id().equals(mechanismId)) {
                return w.tone;
            }
        }
        return UNDETERMINED_TONE;
    }

    /** What a verdict's mechanism id means, in a sentence. */
    public static String meaningOf(String mechanismId) {
        for (MechanismWords w : values()) {
            if (w.mechanism.id().equals(mechanismId)) {
                return w.meaning;
            }
        }
        return Verdict.UNDETERMINED.equals(mechanismId)
                ? "No verdict is drawn without evidence of a mechanism."
                : "A mechanism this version of the report does not describe.";
    }

    /** The words of one mechanism. */
    public static MechanismWords of(Mechanism mechanism) {
        for (MechanismWords w : values()) {
            if (w.mechanism == mechanism) {
                return w;
            }
        }
        throw new IllegalArgumentException("no words for " + mechanism);
    }
}
