package io.viralscope.plugins.forecast;

import io.viralscope.api.Unit;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The metric names of one forecast horizon, such as {@code views_7d} and {@code loglinear_ratio_7d}, built once per
 * horizon and shared: every series of a report writes the same few horizons, and building a dozen names for each
 * cost more than the forecast itself. Immutable (its arrays are never written after construction); thread-safe.
 */
final class HorizonNames {

    private static final AtomicReferenceArray<HorizonNames> BY_DAYS = new AtomicReferenceArray<>(Horizons.MAX_DAYS + 1);

    final String views;
    final String low;
    final String high;
    final String growth;
    final String growthLow;
    final String growthHigh;
    final String logLinear;
    final String logLinearLow;
    final String logLinearHigh;
    final String ratio;
    final String sigma;
    final String spans;
    /** The horizon's metrics with a unit, in the order they are declared. */
    final String[] withUnit;
    /** The units of {@link #withUnit}, entry by entry. */
    final Unit[] units;
    /** The horizon's diagnostic metrics, in the order they are declared. */
    final String[] diagnostics;

    private HorizonNames(int days) {
        String p = "views_" + days + "d";
        views = p;
        low = p + "_low";
        high = p + "_high";
        growth = p + "_growth";
        growthLow = p + "_growth_low";
        growthHigh = p + "_growth_high";
        logLinear = p + "_loglinear";
        logLinearLow = p + "_loglinear_low";
        logLinearHigh = p + "_loglinear_high";
        ratio = "loglinear_ratio_" + days + "d";
        sigma = "loglinear_sigma_" + days + "d";
        spans = "loglinear_spans_" + days + "d";
        withUnit = new String[] {views, low, high, growth, growthLow, growthHigh, logLinear, logLinearLow,
            logLinearHigh, ratio, spans};
        units = new Unit[] {Unit.VIEWS, Unit.VIEWS, Unit.VIEWS, Unit.VIEWS, Unit.VIEWS, Unit.VIEWS, Unit.VIEWS,
            Unit.VIEWS, Unit.VIEWS, Unit.RATIO, Unit.COUNT};
        diagnostics = new String[] {growth, growthLow, growthHigh, logLinear, logLinearLow, logLinearHigh, ratio,
            sigma, spans};
    }

    /** The names of a horizon of {@code days}, from 1 to {@link Horizons#MAX_DAYS}. */
    static HorizonNames of(int days) {
        HorizonNames names = BY_DAYS.get(days);
        if (names == null) {
            // two threads may both build it; either copy is the same
            names = new HorizonNames(days);
            BY_DAYS.set(days, names);
        }
        return names;
    }
}
