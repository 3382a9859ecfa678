package io.viralscope.plugins.forecast;

import io.viralscope.api.Detection;
import io.viralscope.api.Unit;

import java.util.List;

/**
 * The units of this detector's metrics, declared in each detection so reports write them, and which are
 * diagnostic: each model's own forecast and the log-linear fit behind it explain the combined forecast, which is
 * the answer.
 */
final class MetricUnits {

    private MetricUnits() {
    }

    static void declare(Detection.Builder d, List<Integer> horizons) {
        d.unit("horizon_days", Unit.DAYS).unit("views_forecast", Unit.VIEWS).unit("views_low", Unit.VIEWS)
                .unit("views_high", Unit.VIEWS).unit("views_last", Unit.VIEWS).unit("days_analysed", Unit.DAYS);
        for (int h : horizons) {
            String p = "views_" + h + "d";
            for (String suffix : List.of("", "_low", "_high", "_growth", "_growth_low", "_growth_high",
                    "_loglinear", "_loglinear_low", "_loglinear_high")) {
                d.unit(p + suffix, Unit.VIEWS);
            }
            d.unit("loglinear_ratio_" + h + "d", Unit.RATIO).unit("loglinear_spans_" + h + "d", Unit.COUNT);
            for (String suffix : List.of("_growth", "_growth_low", "_growth_high", "_loglinear", "_loglinear_low",
                    "_loglinear_high")) {
                d.diagnostic(p + suffix);
            }
            d.diagnostic("loglinear_ratio_" + h + "d").diagnostic("loglinear_sigma_" + h + "d")
                    .diagnostic("loglinear_spans_" + h + "d");
        }
    }
}
