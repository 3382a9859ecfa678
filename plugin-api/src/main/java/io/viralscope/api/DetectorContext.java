package io.viralscope.api;

import java.util.Map;
import java.util.Objects;

/**
 * What the host hands a detector besides the series: its own settings from the {@code detectors.<id>} section of
 * the configuration, and (since 1.4.0) the series' daily grid, built once per video for all detectors: ask for it
 * with {@link #grid(VideoSeries)}, which builds it when no host gave one (a test, the simulator). Its settings'
 * values never change; the settings only note which keys were read ({@link DetectorSettings#keysRead()}).
 * Thread-safe.
 */
@Stability(level = Stability.Level.STABLE, since = "1.0.0")
public final class DetectorContext {

    private final DetectorSettings settings;
    // the grid the host built for the series it hands with this context, or null
    private final DailyGrid grid;

    private DetectorContext(DetectorSettings settings) {
        this(settings, null);
    }

    private DetectorContext(DetectorSettings settings, DailyGrid grid) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.grid = grid;
    }

    /** A context with no settings: every setting takes its default. A new one each time, as it notes reads. */
    public static DetectorContext empty() {
        return new DetectorContext(DetectorSettings.empty());
    }

    /** A context with the given settings. */
    public static DetectorContext of(DetectorSettings settings) {
        return new DetectorContext(settings);
    }

    /** A context whose settings are the given key/value pairs. */
    public static DetectorContext of(String detectorId, Map<String, ?> settings) {
        return new DetectorContext(DetectorSettings.of(detectorId, settings));
    }

    /** This detector's settings. */
    public DetectorSettings settings() {
        return settings;
    }

    /**
     * This context with the daily grid of the series it is handed with, so detectors share one grid per video
     * instead of each building its own. The settings are the same object: their reads add up.
     */
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.4.0")
    public DetectorContext withGrid(DailyGrid grid) {
        return new DetectorContext(settings, Objects.requireNonNull(grid, "grid"));
    }

    /**
     * The daily grid of {@code series} with the default gap allowance: the host's when it handed one for this very
     * series (the same samples), else built now. Use it instead of {@link DailyGrid#of(VideoSeries)}.
     */
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.4.0")
    public DailyGrid grid(VideoSeries series) {
        return grid(series, DailyGrid.DEFAULT_MAX_GAP_DAYS);
    }

    /**
     * The daily grid of {@code series} with gap allowance {@code maxGapDays}: the host's when it handed one for
     * this very series with that allowance, else built now ({@link DailyGrid#of(VideoSeries, double)}).
     */
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.4.0")
    public DailyGrid grid(VideoSeries series, double maxGapDays) {
        DailyGrid g = grid;
        return g != null && g.isOf(series, maxGapDays) ? g : DailyGrid.of(series, maxGapDays);
    }
}
