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
        for (int i = 0; i < horizons.size(); i++) {
            declare(d, HorizonNames.of(horizons.get(i)));
        }
    }

    private static void declare(Detection.Builder d, HorizonNames n) {
        d.unit(n.views, Unit.VIEWS).unit(n.low, Unit.VIEWS).unit(n.high, Unit.VIEWS)
                .unit(n.growth, Unit.VIEWS).unit(n.growthLow, Unit.VIEWS).unit(n.growthHigh, Unit.VIEWS)
                .unit(n.logLinear, Unit.VIEWS).unit(n.logLinearLow, Unit.VIEWS).unit(n.logLinearHigh, Unit.VIEWS);
        d.unit(n.ratio, Unit.RATIO).unit(n.spans, Unit.COUNT);
        d.diagnostic(n.growth).diagnostic(n.growthLow).diagnostic(n.growthHigh)
                .diagnostic(n.logLinear).diagnostic(n.logLinearLow).diagnostic(n.logLinearHigh);
        d.diagnostic(n.ratio).diagnostic(n.sigma).diagnostic(n.spans);
    }
}
