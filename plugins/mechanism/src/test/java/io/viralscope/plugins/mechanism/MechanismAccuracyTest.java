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
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mechanism detector against the simulator's ground truth: 50 seeded series of each cascade family, 90 days
 * (the simulator's default), plus 180 days for the branching ratio of the no-burst family. Figures are printed and
 * asserted. Targets: class recovered on at least 85% of each family; branching ratio within ±0.15 of the truth on
 * at least 80%; relaxation exponent within ±0.15 of the truth on at least 80%. The exponent's truth is the one the
 * simulated burst shows in its window ({@link GroundTruth#relaxationExponent()}); its distance from the theory's
 * asymptote ({@link GroundTruth#asymptoticRelaxationExponent()}) is printed beside it. The branching ratio of a
 * burst-less series needs more than 90 days (see {@link #branchingRatio()}).
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
        }
        LONG.put(SimulatedMechanism.ENDOGENOUS_SUBCRITICAL, tally(SimulatedMechanism.ENDOGENOUS_SUBCRITICAL, 180));
        System.out.println("Mechanism detector on " + SERIES + " simulated series per family (seeds 1.." + SERIES
                + "), 90 days:");
        System.out.printf(Locale.ROOT, "  %-24s %-7s %-9s %-13s %-22s %-24s %s%n", "family", "class", "n ±0.15",
                "alpha ±0.15", "alpha median (truth)", "within 0.15 of asymptote", "classes found");
        NINETY_DAYS.forEach((m, t) -> System.out.printf(Locale.ROOT, "  %-24s %-7s %-9s %-13s %-22s %-24s %s%n",
                m.cliName(), pct(t.classRight), pct(t.branchingRight), t.exponents == 0 ? "-" : pct(t.exponentRight),
                t.exponents == 0 ? "-" : String.format(Locale.ROOT, "%.2f (%.2f)", t.medianExponent(),
                        Statistics.median(t.truths, t.exponents)),
                t.exponents == 0 ? "-" : pct(t.asymptoteRight) + " of " + t.asymptote, t.classes));
        NINETY_DAYS.forEach((m, t) -> {
            if (t.exponents > 0) {
                System.out.printf(Locale.ROOT, "  %-24s correlation of found and true exponents %.2f%n",
                        m.cliName(), t.correlation());
            }
        });
        Tally endo = LONG.get(SimulatedMechanism.ENDOGENOUS_SUBCRITICAL);
        System.out.println("  endogenous-subcritical over 180 days: branching ratio within ±0.15 on "
                + pct(endo.branchingRight) + ", class " + pct(endo.classRight));
    }

    @Test
    void classIsRecovered() {
        NINETY_DAYS.forEach((m, t) -> assertThat(t.classRight).as("class recovered for " + m.cliName() + ": "
                + t.classes).isGreaterThanOrEqualTo(share(0.85)));
    }

    /**
     * Branching ratio within ±0.15 of the truth on at least 80% of each family with a burst and of all 200 series
     * together. A series without a burst is a stationary process whose only handle on n is the slow climb from
     * the window's start and the echo of daily fluctuations; in 90 days that fixes n to about ±0.15 on two series
     * in three (the same with the true kernel shift given), so for that family the 80% target is asserted on
     * 180 days.
     */
    @Test
    void branchingRatio() {
        int total = 0;
        for (SimulatedMechanism m : CASCADES) {
            Tally t = NINETY_DAYS.get(m);
            total += t.branchingRight;
            if (m != SimulatedMechanism.ENDOGENOUS_SUBCRITICAL) {
                assertThat(t.branchingRight).as("branching ratio within 0.15 for " + m.cliName())
                        .isGreaterThanOrEqualTo(share(0.8));
            }
        }
        assertThat(total).as("branching ratio within 0.15 over all families").isGreaterThanOrEqualTo(
                CASCADES.length * share(0.8));
        assertThat(LONG.get(SimulatedMechanism.ENDOGENOUS_SUBCRITICAL).branchingRight)
                .as("branching ratio within 0.15 for endogenous-subcritical over 180 days")
                .isGreaterThanOrEqualTo(share(0.8));
    }

    /**
     * Relaxation exponent within ±0.15 of the exponent the simulated burst shows on at least 80% of each family with
     * a burst. Crane &amp; Sornette's 1 + θ and 1 − 2θ are asymptotes a 90-day window does not reach (the simulated
     * cascades themselves relax at 1.0–1.3 and 0.3–0.5 there, see {@link GroundTruth}); no detector can be held to
     * them, so they are printed, not asserted.
     */
    @Test
    void relaxationExponent() {
        for (SimulatedMechanism m : CASCADES) {
            Tally t = NINETY_DAYS.get(m);
            if (m == SimulatedMechanism.ENDOGENOUS_SUBCRITICAL) {
                assertThat(t.exponents).as("no burst, no exponent").isZero();
                continue;
            }
            assertThat(t.exponents).isEqualTo(SERIES);
            assertThat(t.exponentRight).as("exponent within 0.15 of the truth, " + m.cliName())
                    .isGreaterThanOrEqualTo(share(0.8));
            // the exponent follows each series, not just its family
            assertThat(t.correlation()).as("correlation of found and true exponents, " + m.cliName())
                    .isGreaterThan(0.3);
        }
    }

    @Test
    void exponentsOrderTheExogenousClasses() {
        assertThat(NINETY_DAYS.get(SimulatedMechanism.EXOGENOUS_SUBCRITICAL).medianExponent())
                .isGreaterThan(NINETY_DAYS.get(SimulatedMechanism.EXOGENOUS_CRITICAL).medianExponent() + 0.3);
    }

    private static Tally tally(SimulatedMechanism m, int days) {
        Tally t = new Tally();
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
