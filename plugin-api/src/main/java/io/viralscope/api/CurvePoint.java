package io.viralscope.api;

import java.time.Instant;
import java.util.Objects;

/**
 * One point of a {@link FittedCurve}.
 *
 * @param at    instant of the point
 * @param value value in the curve's {@link CurveQuantity}; finite
 */
@Stability(level = Stability.Level.STABLE, since = "1.0.0")
public record CurvePoint(Instant at, double value) {

    /** Validates that the value is finite. */
    public CurvePoint {
        Objects.requireNonNull(at, "at");
        Finite.require("curve point", value);
    }
}
