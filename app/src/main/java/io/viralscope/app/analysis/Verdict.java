package io.viralscope.app.analysis;

import java.util.List;

/**
 * How a video spread, combined from all detectors' evidence.
 *
 * @param mechanism  mechanism id ({@code tastemaker-shock}, {@code community-word-of-mouth},
 *                   {@code external-push}, {@code organic-baseline}) or {@code undetermined}
 * @param phrase     the mechanism in plain words
 * @param confidence 0..1; lowered when detectors disagree
 * @param evidence   plain sentences naming which detector found what: the detectors' findings it weighed, then
 *                   its own reasoning, then what detectors that had too little data wait for
 * @param from       the detectors whose findings it weighed, strongest first (the JSON report names them instead
 *                   of repeating their findings, which each detection's evidence holds)
 * @param reasoning  the sentences of the evidence that are the verdict's own: whether the detectors agree, which
 *                   episode a finding is about
 */
public record Verdict(String mechanism, String phrase, double confidence, List<String> evidence, List<String> from,
                      List<String> reasoning) {

    /** No detector offered evidence. */
    public static final String UNDETERMINED = "undetermined";
}
