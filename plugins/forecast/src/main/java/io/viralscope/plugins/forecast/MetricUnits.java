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

    private static final String[] HEADER = {"horizon_days", "views_forecast", "views_low", "views_high",
        "views_last", "days_analysed"};
    private static final Unit[] HEADER_UNITS = {Unit.DAYS, Unit.VIEWS, Unit.VIEWS, Unit.VIEWS, Unit.VIEWS, Unit.DAYS};

    /** What the forecast rests on, not the forecast: the last count and how many days were read. */
    private static final String[] INPUTS = {"views_last", "days_analysed"};

    private MetricUnits() {
    }

    // each declaration a loop over names: one call to the builder for the JIT to inline, not one per metric
    static void declare(Detection.Builder d, List<Integer> horizons) {
        units(d, HEADER, HEADER_UNITS);
        diagnostics(d, INPUTS);
        for (int i = 0; i < horizons.size(); i++) {
            HorizonNames n = HorizonNames.of(horizons.get(i));
            units(d, n.withUnit, n.units);
            diagnostics(d, n.diagnostics);
        }
    }

    private static void units(Detection.Builder d, String[] names, Unit[] units) {
        for (int i = 0; i < names.length; i++) {
            d.unit(names[i], units[i]);
        }
    }

    private static void diagnostics(Detection.Builder d, String[] names) {
        for (String name : names) {
            d.diagnostic(name);
        }
    }
}
