package io.viralscope.plugins.mechanism;

import io.viralscope.api.Detection;
import io.viralscope.api.DetectorContext;
import io.viralscope.simulator.GroundTruth;
import io.viralscope.simulator.SimulatedMechanism;
import io.viralscope.simulator.Simulation;
import io.viralscope.simulator.SimulationSpec;
import io.viralscope.simulator.Simulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mechanism detector against the simulator's ground truth: 50 seeded series of each cascade family over
 * 90 days (the simulator's default) and over 180 days. Figures are printed and asserted. Targets: class recovered
 * on at least 85% of each family; branching ratio within ±0.15 of the truth on at least 80%; relaxation exponent
 * within ±0.15 of the truth on at least 80%. The exponent's truth is the one the simulated burst shows in its
 * window ({@link GroundTruth#relaxationExponent()}); its distance from the theory's asymptote
 * ({@link GroundTruth#asymptoticRelaxationExponent()}) is printed beside it. Every target holds for every family
 * over 180 days; over 90 days all but the branching ratio of a burst-less series, which needs longer (see
 * {@link #branchingRatio()}). The truth and the detector share the form {@code A·(τ + c)^−α}, so the exponent
 * target measures how well the detector recovers it from noisy counts with an estimated baseline and kernel shift,
 * not whether a power law is the right model; that is what {@code powerlaw_vs_exponential} ({@link PushFadingTest})
 * and {@link #exponentsOrderTheExogenousClasses()} speak to.
 */
class MechanismAccuracyTest {

    private static final int SERIES = 50;
    private static final double TOLERANCE = 0.15;
    private static final SimulatedMechanism[] CASCADES = {SimulatedMechanism.EXOGENOUS_SUBCRITICAL,
            SimulatedMechanism.EXOGENOUS_CRITICAL, SimulatedMechanism.ENDOGENOUS_CRITICAL,
            SimulatedMechanism.ENDOGENOUS_SUBCRITICAL};
    private static final MechanismDetector DETECTOR = new MechanismDetector();

    /** Per family: classes found, branching ratios within tolerance, exponents within tolerance, and so on. */
    private static final Map<SimulatedMechanism, Tally> NINETY_DAYS = new EnumMap<>(SimulatedMechanism.class);
    private static final Map<SimulatedMechanism, Tally> LONG = new EnumMap<>(SimulatedMechanism.class);

    @BeforeAll
    static void run() {
        for (SimulatedMechanism m : CASCADES) {
            NINETY_DAYS.put(m, tally(m, 90));
            LONG.put(m, tally(m, 180));
        }
        print(NINETY_DAYS, 90);
        print(LONG, 180);
    }

    private static void print(Map<SimulatedMechanism, Tally> tallies, int days) {
        System.out.println("Mechanism detector on " + SERIES + " simulated series per family (seeds 1.." + SERIES
                + "), " + days + " days:");
        String row = "  %-24s %-7s %-9s %-13s %-22s %-26s %-13s %s%n";
        System.out.printf(Locale.ROOT, row, "family", "class", "n ±0.15", "alpha ±0.15", "alpha median (truth)",
                "within 0.15 of asymptote", "correlation", "classes found");
        tallies.forEach((m, t) -> System.out.printf(Locale.ROOT, row, m.cliName(), pct(t.classRight),
                pct(t.branchingRight), t.exponents == 0 ? "-" : pct(t.exponentRight),
                t.exponents == 0 ? "-" : String.format(Locale.ROOT, "%.2f (%.2f)", t.medianExponent(),
                        Statistics.median(t.truths, t.exponents)),
                t.exponents == 0 ? "-" : pct(t.asymptoteRight) + " of " + t.asymptote,
                t.exponents == 0 ? "-" : String.format(Locale.ROOT, "%.2f", t.correlation()), t.classes));
    }

    @Test
    void classIsRecovered() {
        for (Map<SimulatedMechanism, Tally> window : List.of(NINETY_DAYS, LONG)) {
            window.forEach((m, t) -> assertThat(t.classRight).as("class recovered for " + m.cliName() + " over "
                    + t.days + " days: " + t.classes).isGreaterThanOrEqualTo(share(0.85)));
        }
    }

    /**
     * Branching ratio within ±0.15 of the truth on at least 80% of every family over 180 days, and over 90 days of
     * each family with a burst and of all 200 series together. A series without a burst is a stationary process
     * whose only handle on n is the climb of its level from the window's start (the echo of a day's fluctuation
     * on the next, {@code n·φ(1)} ≈ 0.04–0.09 of it, is lost in noise of 25% a day): over 90 days the level's
     * climb fixes n to about ±0.2, so two series in three land within ±0.15 (the same with the true kernel shift
     * given), and the 80% target for that family holds from 180 days.
     */
    @Test
    void branchingRatio() {
        LONG.forEach((m, t) -> assertThat(t.branchingRight).as("branching ratio within 0.15 for " + m.cliName()
                + " over 180 days").isGreaterThanOrEqualTo(share(0.8)));
        int total = 0;
        for (SimulatedMechanism m : CASCADES) {
            Tally t = NINETY_DAYS.get(m);
            total += t.branchingRight;
            if (m != SimulatedMechanism.ENDOGENOUS_SUBCRITICAL) {
                assertThat(t.branchingRight).as("branching ratio within 0.15 for " + m.cliName())
                        .isGreaterThanOrEqualTo(share(0.8));
            }
        }
        assertThat(total).as("branching ratio within 0.15 over all families, 90 days").isGreaterThanOrEqualTo(
                CASCADES.length * share(0.8));
    }

    /**
     * Relaxation exponent within ±0.15 of the exponent the simulated burst shows on at least 80% of each family with
     * a burst, over 90 and 180 days, and following each series, not just its family. Crane &amp; Sornette's 1 + θ
     * and 1 − 2θ are asymptotes such windows do not reach (the simulated cascades themselves relax at 1.0–1.3 and
     * 0.3–0.5 there, see {@link GroundTruth}); no detector can be held to them, so they are printed, not asserted.
     */
    @Test
    void relaxationExponent() {
        for (Map<SimulatedMechanism, Tally> window : List.of(NINETY_DAYS, LONG)) {
            window.forEach((m, t) -> {
                if (m == SimulatedMechanism.ENDOGENOUS_SUBCRITICAL) {
                    assertThat(t.exponents).as("no burst, no exponent").isZero();
                    return;
                }
                String what = m.cliName() + " over " + t.days + " days";
                assertThat(t.exponents).isEqualTo(SERIES);
                assertThat(t.exponentRight).as("exponent within 0.15 of the truth, " + what)
                        .isGreaterThanOrEqualTo(share(0.8));
                assertThat(t.correlation()).as("correlation of found and true exponents, " + what)
                        .isGreaterThan(0.3);
            });
        }
    }

    @Test
    void exponentsOrderTheExogenousClasses() {
        assertThat(NINETY_DAYS.get(SimulatedMechanism.EXOGENOUS_SUBCRITICAL).medianExponent())
                .isGreaterThan(NINETY_DAYS.get(SimulatedMechanism.EXOGENOUS_CRITICAL).medianExponent() + 0.3);
    }

    private static Tally tally(SimulatedMechanism m, int days) {
        Tally t = new Tally(days);
        for (long seed = 1; seed <= SERIES; seed++) {
            Simulation s = Simulator.simulate(SimulationSpec.of(m, days, seed));
            GroundTruth truth = s.truth();
            Detection d = DETECTOR.detect(s.series(), DetectorContext.empty());
            String found = String.valueOf(d.text("class"));
            t.classes.merge(found, 1, Integer::sum);
            if (found.equals(m.cliName())) {
                t.classRight++;
            }
            Double n = d.number("branching_ratio");
            if (n != null && Math.abs(n - truth.branchingRatio()) <= TOLERANCE) {
                t.branchingRight++;
            }
            Double expected = truth.relaxationExponent();
            if (expected != null) {
                Double alpha = d.number("decay_exponent");
                t.pairs[t.exponents] = alpha == null ? Double.NaN : alpha;
                t.truths[t.exponents++] = expected;
                t.asymptote = truth.asymptoticRelaxationExponent();
                if (alpha != null) {
                    t.alphas[t.alphaCount++] = alpha;
                }
                if (alpha != null && Math.abs(alpha - expected) <= TOLERANCE) {
                    t.exponentRight++;
                }
                if (alpha != null && Math.abs(alpha - t.asymptote) <= TOLERANCE) {
                    t.asymptoteRight++;
                }
            }
        }
        return t;
    }

    /** The least whole number of series that makes {@code fraction} of them. */
    private static int share(double fraction) {
        return (int) Math.ceil(fraction * SERIES - 1e-9);
    }

    private static String pct(int count) {
        return String.format(Locale.ROOT, "%d%%", Math.round(100.0 * count / SERIES));
    }

    /** Counts for one family. */
    private static final class Tally {
        final int days;
        final Map<String, Integer> classes = new TreeMap<>();
        final double[] alphas = new double[SERIES];
        final double[] truths = new double[SERIES];
        /** The exponent found for each truth in {@link #truths}, NaN when none. */
        final double[] pairs = new double[SERIES];
        int alphaCount;
        int classRight;
        int branchingRight;
        int exponents;
        int exponentRight;
        int asymptoteRight;
        double asymptote;

        Tally(int days) {
            this.days = days;
        }

        /** Pearson correlation of the found exponents with the true ones (series with an exponent found). */
        double correlation() {
            double[] found = new double[exponents];
            double[] truth = new double[exponents];
            int m = 0;
            for (int i = 0; i < exponents; i++) {
                if (!Double.isNaN(pairs[i])) {
                    found[m] = pairs[i];
                    truth[m++] = truths[i];
                }
            }
            double fx = 0;
            double tx = 0;
            for (int i = 0; i < m; i++) {
                fx += found[i] / m;
                tx += truth[i] / m;
            }
            double sft = 0;
            double sff = 0;
            double stt = 0;
            for (int i = 0; i < m; i++) {
                sft += (found[i] - fx) * (truth[i] - tx);
                sff += (found[i] - fx) * (found[i] - fx);
                stt += (truth[i] - tx) * (truth[i] - tx);
            }
            return sft / Math.sqrt(sff * stt);
        }

        double medianExponent() {
            return Statistics.median(alphas, alphaCount);
        }
    }
}
