package io.viralscope.app.analysis;

import java.time.Duration;

/**
 * Figures of one analysis run, for the report's methods section.
 *
 * @param videos      videos analysed
 * @param detections  detections produced (videos × detectors)
 * @param computed    detections computed by running a detector
 * @param memoryHits  detections served from the in-memory cache
 * @param storeHits   detections served from the store's results table
 * @param failed      detections that failed (threw, timed out, broke the rules)
 * @param elapsed     wall time of the run
 */
public record RunStats(int videos, int detections, long computed, long memoryHits, long storeHits, long failed,
                       Duration elapsed) {
}
