package io.viralscope.api;

import org.pf4j.ExtensionPoint;

import java.util.List;

/**
 * A cohort detector: a pure function from every selected video of a report (each one's series and the per-video
 * detections) to findings that span several videos, such as a day on which several videos jumped together. Annotate
 * the implementation with {@code @org.pf4j.Extension} and ship it in a plugin, as for a {@link Detector}; the host
 * runs it once per report, after the per-video detectors, over the videos the report selected.
 *
 * <h2>What a cohort detector may assume</h2>
 * The members are in the report's order and have distinct video ids; each series obeys {@link VideoSeries}'s
 * guarantees and may be anything a {@link Detector} may see (empty, one sample, gaps). The list may be empty or
 * hold one video. The detections are those the per-video detectors returned for that video, {@code failed} ones
 * included.
 *
 * <h2>What a cohort detector must guarantee</h2>
 * <ul>
 *   <li><b>Total</b>: it returns a list (possibly empty) for every cohort and never throws for bad data.</li>
 *   <li><b>Honest</b>: every video a {@link SharedEvent} names is a member, and its day lies inside that video's
 *       window (between the UTC days of its first and last samples).</li>
 *   <li><b>Deterministic</b>: the same cohort and settings give the same findings.</li>
 * </ul>
 * The host enforces the per-call time limit; a cohort detector that throws, breaks these rules or runs out of time
 * is reported as a problem of the report, and the report goes on without its findings.
 *
 * <p><b>Memory.</b> The host hands over the series it already holds for the report, so a cohort costs no more
 * memory than the report itself; a detector should keep only what it needs per video (for example the days that
 * stood out) rather than copies of every series' daily grid.
 */
@Stability(level = Stability.Level.EXPERIMENTAL, since = "1.3.0")
public interface CohortDetector extends ExtensionPoint {

    /** Stable, unique, kebab-case id such as {@code shared-events}; distinct from every detector id. */
    String id();

    /** Semantic version of the detector's output. */
    String version();

    /** One sentence saying what the detector finds, for {@code viralscope plugins}. */
    String description();

    /**
     * Analyses the cohort.
     *
     * @param members every selected video with its detections; never {@code null}, possibly empty
     * @param context this detector's settings from the configuration ({@code detectors.<id>.*}); never {@code null}
     * @return the shared events found, in day order; never {@code null}
     */
    List<SharedEvent> analyse(List<CohortMember> members, DetectorContext context);
}
