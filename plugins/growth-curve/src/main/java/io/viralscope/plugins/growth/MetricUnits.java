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

    private static final String[] WITH_UNIT = {"saturation_views", "r2", "bass_q_over_p", "bass_launch_day",
        "growth_rate_per_day", "inflection_day", "days_fitted"};
    private static final Unit[] UNITS = {Unit.VIEWS, Unit.COEFFICIENT, Unit.RATIO, Unit.DAYS, Unit.PERCENT_PER_DAY,
        Unit.DAYS, Unit.DAYS};
    private static final String[] HEADLINES = {"model", "r2", "saturation_views", "bass_q_over_p"};
    /** How the best model was chosen and on how much, not what it says: the report gives the window. */
    private static final String[] DIAGNOSTIC = {"aicc", "days_fitted"};

    private MetricUnits() {
    }

    /**
     * Declares units and headlines; the q/p bands only when a diffusion curve describes the series: not when a
     * straight line fits best, nor when the best fit explains little of the daily views (a shock).
     */
    static void declare(Detection.Builder d, GrowthFamily best, double r2) {
        // loops over names: one call to the builder for the JIT to inline, not one per metric
        for (int i = 0; i < WITH_UNIT.length; i++) {
            d.unit(WITH_UNIT[i], UNITS[i]);
        }
        for (String name : HEADLINES) {
            d.headline(name);
        }
        for (String name : DIAGNOSTIC) {
            d.diagnostic(name);
        }
        if (best != GrowthFamily.LINEAR && r2 >= READ_MIN_R2) {
            d.bands("bass_q_over_p", Q_OVER_P_BANDS);
        }
    }
}
