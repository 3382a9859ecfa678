package io.viralscope.simulator;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Each mechanism has the shape its name promises, over 20 seeds. */
class MechanismShapeTest {

    private static final int SEEDS = 20;

    @Test
    void smoothCurvesPeakInsideTheWindowWhereTheTruthSays() {
        for (SimulatedMechanism m : new SimulatedMechanism[] {SimulatedMechanism.LOGISTIC,
                SimulatedMechanism.GOMPERTZ, SimulatedMechanism.BASS_WORD_OF_MOUTH}) {
            for (long seed = 1; seed <= SEEDS; seed++) {
                Simulation sim = simulate(m, seed);
                Integer inflection = sim.truth().inflectionDay();
                assertThat(inflection).as("%s seed %d", m, seed).isNotNull().isBetween(9, 80);
                assertThat(sim.truth().peakDay()).isEqualTo(inflection);
                double[] x = daily(sim);
                // The weekly mean peaks near the truth; a broad Bass top (speed 0.1 a day) is flat for a week.
                assertThat(argMax(movingMean(x, 3))).as("%s seed %d", m, seed).isBetween(inflection - 5,
                        inflection + 5);
                assertThat(mean(x, inflection - 3, inflection + 4)).isGreaterThan(3 * mean(x, 0, 4));
            }
        }
    }

    @Test
    void bassWordOfMouthImitatesFarMoreThanItInnovates() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            assertThat(simulate(SimulatedMechanism.BASS_WORD_OF_MOUTH, seed).truth().parameters().get("q_over_p"))
                    .isGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void bassExternalPushIsHighestAtLaunchAndFalls() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Simulation sim = simulate(SimulatedMechanism.BASS_EXTERNAL_PUSH, seed);
            assertThat(sim.truth().parameters().get("q_over_p")).isLessThanOrEqualTo(1);
            assertThat(sim.truth().inflectionDay()).isNull();
            assertThat(sim.truth().peakDay()).isZero();
            double[] x = daily(sim);
            assertThat(mean(x, 0, 7)).isGreaterThan(3 * mean(x, 83, 90));
        }
    }

    @Test
    void exogenousShocksAreOneDayJumpsThatDecay() {
        for (SimulatedMechanism m : new SimulatedMechanism[] {SimulatedMechanism.EXOGENOUS_CRITICAL,
                SimulatedMechanism.EXOGENOUS_SUBCRITICAL}) {
            for (long seed = 1; seed <= SEEDS; seed++) {
                Simulation sim = simulate(m, seed);
                int s = sim.truth().shockDay();
                double[] x = daily(sim);
                assertThat(s).isBetween(7, 45);
                assertThat(sim.truth().peakDay()).isEqualTo(s);
                assertThat(x[s]).as("%s seed %d", m, seed).isGreaterThan(10 * median(x, s - 7, s));
                assertThat(x[s + 1]).isLessThan(0.5 * x[s]);
            }
        }
    }

    @Test
    void criticalCascadesRelaxSlowerThanSubcriticalOnesAndCarryTheirExponents() {
        int slower = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            Simulation critical = simulate(SimulatedMechanism.EXOGENOUS_CRITICAL, seed);
            Simulation sub = simulate(SimulatedMechanism.EXOGENOUS_SUBCRITICAL, seed);
            assertThat(critical.truth().branchingRatio()).isBetween(0.95, 1.0);
            assertThat(sub.truth().branchingRatio()).isBetween(0.2, 0.5);
            assertThat(critical.truth().asymptoticRelaxationExponent()).isCloseTo(0.6, within(1e-12));
            assertThat(sub.truth().asymptoticRelaxationExponent()).isCloseTo(1.4, within(1e-12));
            // inside the window: near 1 − θ when critical; short of 1 + θ when subcritical (later generations)
            assertThat(critical.truth().relaxationExponent()).as("seed %d", seed).isBetween(0.5, 0.75);
            assertThat(sub.truth().relaxationExponent()).as("seed %d", seed).isBetween(0.95, 1.4);
            if (afterShare(critical) > afterShare(sub)) {
                slower++;
            }
        }
        assertThat(slower).isEqualTo(SEEDS);
    }

    @Test
    void endogenousCriticalBuildsUpToAPeakWithoutAOneDayJump() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Simulation sim = simulate(SimulatedMechanism.ENDOGENOUS_CRITICAL, seed);
            assertThat(sim.truth().asymptoticRelaxationExponent()).isCloseTo(0.2, within(1e-12));
            // a build-up that began on day 0 relaxes faster than the theory's, whose build-up has no beginning
            assertThat(sim.truth().relaxationExponent()).as("seed %d", seed).isBetween(0.2, 0.6);
            assertThat(sim.truth().shockDay()).isNull();
            double[] x = daily(sim);
            int peak = sim.truth().peakDay();
            assertThat(peak).as("seed %d", seed).isBetween(30, 65);
            assertThat(mean(x, peak - 7, peak)).isGreaterThan(1.5 * mean(x, peak - 28, peak - 21));
            assertThat(x[peak]).isLessThan(4 * median(x, peak - 7, peak));
        }
    }

    @Test
    void endogenousSubcriticalHasNoSignificantBurst() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Simulation sim = simulate(SimulatedMechanism.ENDOGENOUS_SUBCRITICAL, seed);
            assertThat(sim.truth().relaxationExponent()).isNull();
            assertThat(sim.truth().asymptoticRelaxationExponent()).isNull();
            double[] weekly = movingMean(daily(sim), 3);
            double[] inner = Arrays.copyOfRange(weekly, 3, weekly.length - 3);
            assertThat(Arrays.stream(inner).max().orElseThrow() / Arrays.stream(inner).min().orElseThrow())
                    .as("seed %d", seed).isLessThan(2.5);
        }
    }

    @Test
    void stepChangesShiftTheLevelOnTheTrueDay() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Simulation sim = simulate(SimulatedMechanism.STEP_CHANGE, seed);
            int tau = sim.truth().changePointDays().get(0);
            double[] x = daily(sim);
            double ratio = median(x, tau, tau + 10) / median(x, tau - 10, tau);
            double expected = sim.truth().parameters().get("level_ratio")
                    * Math.exp(10 * sim.truth().parameters().get("drift_per_day"));
            assertThat(Math.log(ratio)).as("seed %d", seed).isCloseTo(Math.log(expected), within(0.2));
            assertThat(Math.abs(Math.log(expected))).isGreaterThan(0.4);
        }
    }

    @Test
    void rateChangesBendLogDailyViewsOnTheTrueDay() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Simulation sim = simulate(SimulatedMechanism.RATE_CHANGE, seed);
            int tau = sim.truth().changePointDays().get(0);
            double[] y = Arrays.stream(daily(sim)).map(Math::log1p).toArray();
            double before = slope(y, 0, tau + 1);
            double after = slope(y, tau, y.length);
            assertThat(before).as("seed %d", seed).isCloseTo(sim.truth().parameters().get("rate_before"),
                    within(0.01));
            assertThat(after).isCloseTo(sim.truth().parameters().get("rate_after"), within(0.01));
        }
    }

    private static Simulation simulate(SimulatedMechanism m, long seed) {
        return Simulator.simulate(SimulationSpec.of(m, 90, seed));
    }

    private static double[] daily(Simulation sim) {
        return sim.series().daily().dailyViews();
    }

    /** Share of the views of the 30 days after the shock in the shock day plus those days. */
    private static double afterShare(Simulation sim) {
        double[] x = daily(sim);
        int s = sim.truth().shockDay();
        double after = mean(x, s + 1, s + 31) * 30;
        return after / (after + x[s]);
    }

    private static double[] movingMean(double[] x, int halfWidth) {
        double[] m = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            m[i] = mean(x, Math.max(0, i - halfWidth), Math.min(x.length, i + halfWidth + 1));
        }
        return m;
    }

    private static double mean(double[] x, int from, int to) {
        return Arrays.stream(x, Math.max(0, from), Math.min(x.length, to)).average().orElseThrow();
    }

    private static double median(double[] x, int from, int to) {
        double[] s = Arrays.copyOfRange(x, Math.max(0, from), Math.min(x.length, to));
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static int argMax(double[] x) {
        int best = 0;
        for (int i = 1; i < x.length; i++) {
            if (x[i] > x[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Least-squares slope of y against its index over [from, to). */
    private static double slope(double[] y, int from, int to) {
        int n = to - from;
        double tMean = from + (n - 1) / 2.0;
        double yMean = mean(y, from, to);
        double num = 0;
        double den = 0;
        for (int t = from; t < to; t++) {
            num += (t - tMean) * (y[t] - yMean);
            den += (t - tMean) * (t - tMean);
        }
        return num / den;
    }
}
