package io.viralscope.api;

import java.util.List;
import java.util.Objects;

/**
 * A curve a detector fitted or derived, as points a chart can draw over the data.
 *
 * @param name     what the curve is, such as {@code logistic} or {@code forecast}
 * @param quantity what its values measure
 * @param primary  true for the detector's chosen curve (the best model), drawn more prominently
 * @param points   the points, in time order
 */
@Stability(level = Stability.Level.STABLE, since = "1.0.0")
public record FittedCurve(String name, CurveQuantity quantity, boolean primary, List<CurvePoint> points) {

    /** Copies the points. */
    public FittedCurve {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(quantity, "quantity");
        points = List.copyOf(points);
    }
}
