package io.viralscope.app.analysis;

import io.viralscope.api.DailyGrid;
import io.viralscope.api.VideoSeries;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The days one video's analysis covers: the UTC days of its daily grid (docs/architecture.md#daily-grid), inside
 * the window asked for.
 *
 * @param from    first day with daily views, or {@code null} when the series covers no whole day
 * @param to      last day with daily views, or {@code null} likewise
 * @param samples stored samples inside the window (the added 0 at publication and interpolated edges excluded)
 */
public record SeriesWindow(LocalDate from, LocalDate to, int samples) {

    /** The days of {@code series}' daily grid. */
    public static SeriesWindow of(VideoSeries series, int storedSamples) {
        return of(series.daily(), storedSamples);
    }

    /** The days of a series' daily {@code grid}. */
    public static SeriesWindow of(DailyGrid grid, int storedSamples) {
        if (grid.size() < 2) {
            return new SeriesWindow(null, null, storedSamples);
        }
        return new SeriesWindow(LocalDate.ofInstant(grid.time(0), ZoneOffset.UTC),
                LocalDate.ofInstant(grid.time(grid.size() - 2), ZoneOffset.UTC), storedSamples);
    }

    /** True when the series covers at least one whole day. */
    public boolean hasDays() {
        return from != null;
    }

    /** The days as a cache-key part: equal for equal windows, distinct from every other. */
    String key() {
        return "days " + from + ".." + to;
    }
}
