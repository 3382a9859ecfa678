package io.viralscope.api;

/** The one check behind the "no NaN, no infinity" rule of detections. */
final class Finite {

    private Finite() {
    }

    static double require(String what, Double value) {
        if (value == null || !Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number but was " + value);
        }
        return value;
    }
}
