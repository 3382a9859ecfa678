package io.viralscope.api;

import org.pf4j.ExtensionPoint;

/**
 * A detector: a pure function from one video's series to a {@link Detection}. Annotate the implementation with
 * {@code @org.pf4j.Extension} and ship it in a plugin; the host finds it, runs it on every selected video and puts
 * its result in every report.
 *
 * <h2>What a detector may assume</h2>
 * The series is sorted by instant, de-duplicated, UTC, and may be anything else: empty, one sample, constant,
 * decreasing, with long gaps, or with 10<sup>12</sup> views. {@link VideoSeries#daily()} gives the regular daily
 * grid with those cases flagged.
 *
 * <h2>What a detector must guarantee</h2>
 * <ul>
 *   <li><b>Total</b>: it returns a detection for every series. When the series cannot support the analysis it
 *       returns {@link Detection#insufficientData}, never throws for bad data.</li>
 *   <li><b>Finite</b>: no metric, event value or curve point is NaN or infinite (use {@code null} metrics
 *       for "unknown"); the {@link Detection.Builder} refuses them.</li>
 *   <li><b>Inside the window</b>: every event lies between the first and last sample.</li>
 *   <li><b>Deterministic</b>: the same series and settings give the same detection, so results can be cached by
 *       {@code id + version + series fingerprint}. Bump {@link #version()} whenever the output may change.</li>
 *   <li><b>Thread-safe</b>: the host calls {@link #detect} concurrently from several threads on one instance.</li>
 * </ul>
 * The host enforces a time limit per call; a detector that throws, breaks these rules or runs out of time is
 * reported as {@code failed} for that video and the run goes on.
 */
@Stability(level = Stability.Level.STABLE, since = "1.0.0")
public interface Detector extends ExtensionPoint {

    /** Stable, unique, kebab-case id such as {@code growth-curve}; it names the detector in reports and config. */
    String id();

    /** Semantic version of the detector's output; part of the result-cache key. */
    String version();

    /** One sentence saying what the detector finds, for {@code viralscope plugins}. */
    String description();

    /**
     * Analyses one series. Called on any thread, possibly concurrently.
     *
     * @param series  the video's history; never {@code null}
     * @param context this detector's settings from the configuration; never {@code null}
     * @return the detection; never {@code null}
     */
    Detection detect(VideoSeries series, DetectorContext context);
}
