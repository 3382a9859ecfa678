package io.viralscope.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a report should read one metric of a detection: its unit, the bands its value is judged against, and whether
 * it is a headline figure worth a column in the overview that compares videos. Declared through
 * {@link Detection.Builder#unit}, {@link Detection.Builder#bands} and {@link Detection.Builder#headline}.
 *
 * @param unit     what the value measures, or {@code null} for a plain number (or a text metric)
 * @param bands    named ranges in increasing order, not overlapping; empty when the metric has none
 * @param headline true when the overview should show this metric for every video
 */
@Stability(level = Stability.Level.EXPERIMENTAL, since = "1.2.0")
public record MetricInfo(Unit unit, List<MetricBand> bands, boolean headline) {

    /** A metric with no unit, no bands and no place in the overview. */
    public static final MetricInfo PLAIN = new MetricInfo(null, List.of(), false);

    /** Copies the bands and checks that they are in increasing order without overlap. */
    public MetricInfo {
        bands = List.copyOf(Objects.requireNonNull(bands, "bands"));
        for (int i = 1; i < bands.size(); i++) {
            Double previousHigh = bands.get(i - 1).high();
            if (previousHigh == null || bands.get(i).low() < previousHigh) {
                throw new IllegalArgumentException("band '" + bands.get(i).label() + "' overlaps band '"
                        + bands.get(i - 1).label() + "': bands must be in increasing order");
            }
        }
    }

    /** The band {@code value} falls in, if any; the one rule detectors and reports share. */
    public Optional<MetricBand> bandOf(double value) {
        return bands.stream().filter(b -> b.contains(value)).findFirst();
    }

    MetricInfo withUnit(Unit u) {
        return new MetricInfo(u, bands, headline);
    }

    MetricInfo withBands(List<MetricBand> b) {
        return new MetricInfo(unit, b, headline);
    }

    MetricInfo asHeadline() {
        return new MetricInfo(unit, bands, true);
    }
}
