package io.viralscope.plugins.growth;

import io.viralscope.api.Detection;
import io.viralscope.api.MetricBand;
import io.viralscope.api.Unit;

import java.util.List;

/**
 * How reports read this detector's metrics: units, the headline figures the overview compares across videos, and
 * the bands of Bass q/p (above 1 imitation dominates: word of mouth; below, innovation: external push).
 */
final class MetricUnits {

    /** Least R² of the best growth curve for Bass q/p to be read as a mechanism. */
    static final double READ_MIN_R2 = 0.5;

    /** The bands of Bass q/p, built once: every series that a diffusion curve describes declares them. */
    private static final List<MetricBand> Q_OVER_P_BANDS = List.of(new MetricBand(0, 1.0, "push"),
            MetricBand.above(1, "word of mouth"));

    private MetricUnits() {
    }

    /**
     * Declares units and headlines; the q/p bands only when a diffusion curve describes the series: not when a
     * straight line fits best, nor when the best fit explains little of the daily views (a shock).
     */
    static void declare(Detection.Builder d, GrowthFamily best, double r2) {
        d.unit("saturation_views", Unit.VIEWS)
                .unit("r2", Unit.COEFFICIENT)
                .unit("bass_q_over_p", Unit.RATIO)
                .unit("bass_launch_day", Unit.DAYS)
                .unit("growth_rate_per_day", Unit.PERCENT_PER_DAY)
                .unit("inflection_day", Unit.DAYS)
                .unit("days_fitted", Unit.DAYS)
                .headline("model").headline("r2").headline("saturation_views").headline("bass_q_over_p");
        if (best != GrowthFamily.LINEAR && r2 >= READ_MIN_R2) {
            d.bands("bass_q_over_p", Q_OVER_P_BANDS);
        }
    }
}
