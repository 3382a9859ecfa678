package io.viralscope.api;

import java.util.Objects;

/**
 * A named range of a number metric that a detector reads its value against, such as "typical" for likes per view
 * from 0.5% to 2%. A report shades the bands behind the metric's chart and names the band a value falls in, exactly
 * as the detector declared them.
 *
 * @param low   lower end, in the metric's stored value (a ratio for {@link Unit#PERCENT}); included; finite
 * @param high  upper end, excluded; {@code null} for "and above"
 * @param label the band's words, such as {@code typical} or {@code very high}
 */
@Stability(level = Stability.Level.EXPERIMENTAL, since = "1.2.0")
public record MetricBand(double low, Double high, String label) {

    /** Validates that the ends are finite and in order and that the band has words. */
    public MetricBand {
        Finite.require("band low", low);
        if (high != null && !(Finite.require("band high", high) > low)) {
            throw new IllegalArgumentException("band '" + label + "' must end above " + low + " but ends at " + high);
        }
        if (Objects.requireNonNull(label, "label").isBlank()) {
            throw new IllegalArgumentException("a band needs a label");
        }
    }

    /** A band with no upper end. */
    public static MetricBand above(double low, String label) {
        return new MetricBand(low, null, label);
    }

    /** True when {@code value} lies in this band: at or above {@link #low}, below {@link #high}. */
    public boolean contains(double value) {
        return value >= low && (high == null || value < high);
    }
}
