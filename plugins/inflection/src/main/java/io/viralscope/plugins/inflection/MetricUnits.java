package io.viralscope.plugins.inflection;

import io.viralscope.api.Detection;
import io.viralscope.api.Unit;

/** The units of this detector's metrics, declared in each detection so reports write them. */
final class MetricUnits {

    private MetricUnits() {
    }

    static void declare(Detection.Builder d) {
        d.unit("peak_daily_views", Unit.VIEWS_PER_DAY)
                .unit("changepoint_count", Unit.COUNT)
                .unit("shock_count", Unit.COUNT)
                .unit("growth_rate_first_segment", Unit.PERCENT_PER_DAY)
                .unit("growth_rate_last_segment", Unit.PERCENT_PER_DAY)
                .unit("days_analysed", Unit.DAYS);
    }
}
