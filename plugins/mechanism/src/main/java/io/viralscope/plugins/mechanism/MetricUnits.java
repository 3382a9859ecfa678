package io.viralscope.plugins.mechanism;

import io.viralscope.api.Detection;
import io.viralscope.api.Unit;

/** The units of this detector's metrics, declared in each detection so reports write them. */
final class MetricUnits {

    private MetricUnits() {
    }

    static void declare(Detection.Builder d) {
        d.unit("response_horizon_days", Unit.DAYS)
                .unit("baseline_daily_views", Unit.VIEWS_PER_DAY)
                .unit("background_daily_views", Unit.VIEWS_PER_DAY)
                .unit("kernel_shift_days", Unit.DAYS)
                .unit("relaxation_days", Unit.DAYS)
                // settings and statistics behind the class, not the answer: left out of a report unless asked for
                .diagnostic("response_horizon_days").diagnostic("kernel_shift_days")
                .diagnostic("burst_significance").diagnostic("buildup");
    }
}
