package io.viralscope.api;

/**
 * Data-quality flags of a series, counted on its raw samples.
 *
 * @param gaps        intervals between consecutive samples longer than the grid allows; grid days inside them are
 *                    flagged by {@link DailyGrid#inGap(int)}
 * @param decreases   times the view count went down from one sample to the next (YouTube corrected it); the grid
 *                    carries the previous maximum forward so daily views are never negative
 * @param frozenSpans runs of identical view counts lasting at least {@link DailyGrid#FROZEN_MIN_DAYS} days that were
 *                    followed by growth again (YouTube validating views, or a counting-rule change)
 */
@Stability(level = Stability.Level.STABLE, since = "1.0.0")
public record SeriesQuality(int gaps, int decreases, int frozenSpans) {

    /** No gap, decrease or frozen span. */
    public static final SeriesQuality CLEAN = new SeriesQuality(0, 0, 0);

    /** True when any flag is raised. */
    public boolean hasIssues() {
        return gaps > 0 || decreases > 0 || frozenSpans > 0;
    }
}
