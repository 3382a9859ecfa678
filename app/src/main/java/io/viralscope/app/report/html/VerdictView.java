package io.viralscope.app.report.html;

import io.viralscope.app.analysis.Verdict;

import java.util.List;

/**
 * A video's verdict as shown: the mechanism in the words of docs/architecture.md#spreading-vocabulary, what it means, how sure, and why.
 *
 * @param phrase            the mechanism in plain words
 * @param tone              CSS class of its colour
 * @param meaning           what the mechanism means, in a sentence
 * @param confidence        0..1
 * @param confidenceText    such as "72%"
 * @param confidencePercent 0..100, for the meter
 * @param evidence          the evidence sentences, supporting ones first
 * @param determined        false when no detector offered evidence, so there is no verdict to be confident in
 */
public record VerdictView(boolean determined, String phrase, String tone, String meaning, double confidence, String confidenceText,
                          long confidencePercent, List<String> evidence) {

    static VerdictView of(Verdict v) {
        return new VerdictView(!Verdict.UNDETERMINED.equals(v.mechanism()), v.phrase(), MechanismWords.toneOf(v.mechanism()), MechanismWords.meaningOf(v.mechanism()),
                v.confidence(), HumanNumbers.wholePercent(v.confidence()), Math.round(v.confidence() * 100),
                v.evidence());
    }
}
