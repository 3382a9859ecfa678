package io.viralscope.app.analysis;

import java.util.List;

/**
 * How a video spread, combined from all detectors' evidence.
 *
 * @param mechanism  mechanism id ({@code tastemaker-shock}, {@code community-word-of-mouth},
 *                   {@code external-push}, {@code organic-baseline}) or {@code undetermined}
 * @param phrase     the mechanism in plain words
 * @param confidence 0..1; lowered when detectors disagree
 * @param evidence   plain sentences naming which detector found what
 */
public record Verdict(String mechanism, String phrase, double confidence, List<String> evidence) {

    /** No detector offered evidence. */
    public static final String UNDETERMINED = "undetermined";
}
