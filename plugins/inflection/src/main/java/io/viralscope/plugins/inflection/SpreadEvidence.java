package io.viralscope.plugins.inflection;

import io.viralscope.api.DailyGrid;
import io.viralscope.api.Detection;
import io.viralscope.api.Mechanism;

import java.util.List;

/**
 * What the shape of daily views says about how the video spread, in the report's vocabulary (docs/architecture.md#spreading-vocabulary, after
 * Crane &amp; Sornette 2008). Modest weights: shape alone is suggestive, the mechanism detector decides.
 * <ul>
 *   <li>a shock: tastemaker shock (0.4), naming the most significant one;</li>
 *   <li>no shock, and a smooth inflection after at least a week, before which some segment of log daily views
 *       grew at least 3% a day (an accelerating cumulative curve): community word of mouth (0.3);</li>
 *   <li>no shock and the smoothed daily views never above twice their median: organic baseline (0.3).</li>
 * </ul>
 */
final class SpreadEvidence {

    static final double SHOCK_WEIGHT = 0.4;
    static final double BUILD_UP_WEIGHT = 0.3;
    static final double BASELINE_WEIGHT = 0.3;
    private static final int BUILD_UP_DAYS = 7;
    private static final double BUILD_UP_RATE = 0.03;
    private static final double BURST_FACTOR = 2;

    private SpreadEvidence() {
    }

    /** Growth rate of log daily views in the segment holding {@code day}. */
    static double rateAt(int day, List<ChangePoint> changes, double wholeRate) {
        if (changes.isEmpty()) {
            return wholeRate;
        }
        for (ChangePoint c : changes) {
            if (day < c.day()) {
                return c.rateBefore();
            }
        }
        return changes.get(changes.size() - 1).rateAfter();
    }

    /** The largest growth rate of a segment starting before {@code day}. */
    static double fastestRiseBefore(int day, List<ChangePoint> changes, double wholeRate) {
        double fastest = changes.isEmpty() ? wholeRate : changes.get(0).rateBefore();
        for (ChangePoint c : changes) {
            if (c.day() < day) {
                fastest = Math.max(fastest, c.rateAfter());
            }
        }
        return fastest;
    }

    static void add(Detection.Builder detection, DailyGrid grid, DailyIncrements days, double[] smoothed,
                    List<Shock> shocks, Inflection inflection, List<ChangePoint> changes,
                    double wholeRate) {
        if (!shocks.isEmpty()) {
            Shock strongest = strongest(shocks);
            detection.evidence(Mechanism.TASTEMAKER_SHOCK, SHOCK_WEIGHT, "A one-day jump to "
                    + Numbers.count(strongest.views()) + " views on " + Numbers.date(grid.time(strongest.day()))
                    + ", " + Numbers.times(strongest.size()) + " the expected day, then decay.");
            return;
        }
        double buildUp = inflection == null ? 0 : fastestRiseBefore(inflection.day(), changes, wholeRate);
        if (inflection != null && inflection.day() >= BUILD_UP_DAYS && buildUp >= BUILD_UP_RATE) {
            detection.evidence(Mechanism.COMMUNITY_WORD_OF_MOUTH, BUILD_UP_WEIGHT, "Daily views built up for "
                    + inflection.day() + " days, growing " + Numbers.percentPerDay(buildUp)
                    + " at its fastest, to a smooth maximum on " + Numbers.date(grid.time(inflection.day()))
                    + " without a one-day jump.");
            return;
        }
        addBaseline(detection, days, smoothed);
    }

    /** The most significant shock, the first of equals. */
    private static Shock strongest(List<Shock> shocks) {
        Shock strongest = shocks.get(0);
        for (Shock s : shocks) {
            if (s.significance() > strongest.significance()) {
                strongest = s;
            }
        }
        return strongest;
    }

    /** Copies the values of usable days to {@code into}; returns how many. */
    private static int usableValues(DailyIncrements days, double[] values, double[] into) {
        int m = 0;
        for (int k = 0; k < values.length; k++) {
            if (days.isUsable(k)) {
                into[m++] = values[k];
            }
        }
        return m;
    }

    /** The largest of the first m values, 0 when all are below. */
    private static double largest(double[] values, int m) {
        double max = 0;
        for (int i = 0; i < m; i++) {
            max = Math.max(max, values[i]);
        }
        return max;
    }

    /** Organic baseline when the smoothed daily views of usable days never rose above twice their median. */
    private static void addBaseline(Detection.Builder detection, DailyIncrements days, double[] smoothed) {
        double[] usable = new double[smoothed.length];
        int m = usableValues(days, smoothed, usable);
        double max = largest(usable, m);
        double median = NoiseScale.median(usable, m);
        if (median > 0 && max <= BURST_FACTOR * median) {
            detection.evidence(Mechanism.ORGANIC_BASELINE, BASELINE_WEIGHT,
                    "Smoothed daily views never rose above twice their median of " + Numbers.count(median)
                            + ": no burst.");
        }
    }
}
