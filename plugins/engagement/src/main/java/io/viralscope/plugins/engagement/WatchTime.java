package io.viralscope.plugins.engagement;

import io.viralscope.api.Sample;

import java.util.List;

/**
 * Minutes watched per view: cumulative watch minutes over cumulative views at the last sample having both, with
 * views above zero. Only owner analytics carry watch time (plugin API 1.7.0); for any other series it is unknown.
 * YouTube's minutes are an estimate, so no sampling interval is given.
 */
final class WatchTime {

    static final String METRIC = "watch_minutes_per_view";

    private WatchTime() {
    }

    /** The minutes per view, or {@code null} when no sample has views and watch time. */
    static Double perView(List<Sample> samples) {
        for (int i = samples.size() - 1; i >= 0; i--) {
            Sample s = samples.get(i);
            if (s.views() > 0 && s.watchMinutes() != null) {
                return (double) s.watchMinutes() / s.views();
            }
        }
        return null;
    }
}
