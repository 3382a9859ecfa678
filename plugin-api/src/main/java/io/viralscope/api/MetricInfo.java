package io.viralscope.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a report should read one metric of a detection: its unit, the bands its value is judged against, and whether
 * it is a headline figure worth a column in the overview that compares videos. Declared through
 * {@link Detection.Builder#unit}, {@link Detection.Builder#bands}, {@link Detection.Builder#headline} and
 * {@link Detection.Builder#diagnostic}.
 *
 * @param unit       what the value measures, or {@code null} for a plain number (or a text metric)
 * @param bands      named ranges in increasing order, not overlapping; empty when the metric has none
 * @param headline   true when the overview should show this metric for every video
 * @param diagnostic true for a figure that explains how the detector reached its answer (a model's own fit, a
 *                   step of a method) rather than the answer itself: the JSON report leaves it out unless asked
 *                   ({@code report --diagnostics}); since 1.8.0
 */
@Stability(level = Stability.Level.EXPERIMENTAL, since = "1.2.0")
public record MetricInfo(Unit unit, List<MetricBand> bands, boolean headline,
                         @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.8.0") boolean diagnostic) {

    /** A metric with no unit, no bands and no place in the overview. */
    public static final MetricInfo PLAIN = new MetricInfo(null, List.of(), false, false);

    /** A metric that is not diagnostic, as plugin API 1.2 to 1.7 declared one. */
    public MetricInfo(Unit unit, List<MetricBand> bands, boolean headline) {
        this(unit, bands, headline, false);
    }

    /** Copies the bands and checks that they are in increasing order without overlap, and that a headline is not diagnostic. */
    public MetricInfo {
        bands = List.copyOf(Objects.requireNonNull(bands, "bands"));
        if (headline && diagnostic) {
            throw new IllegalArgumentException("a headline metric cannot be diagnostic: the overview shows it for"
                    + " every video");
        }
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
        return new MetricInfo(u, bands, headline, diagnostic);
    }

    MetricInfo withBands(List<MetricBand> b) {
        return new MetricInfo(unit, b, headline, diagnostic);
    }

    MetricInfo asHeadline() {
        return new MetricInfo(unit, bands, true, diagnostic);
    }

    MetricInfo asDiagnostic() {
        return new MetricInfo(unit, bands, headline, true);
    }
}
