package io.viralscope.plugins.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** Each model's increments against its closed-form cumulative curve, and its Jacobian against finite differences. */
class GrowthModelsTest {

    private static final int DAYS = 90;

    @Test
    void logisticIncrementsAreDifferencesOfTheCumulativeCurve() {
        double k = 3.0;
        double r = 0.12;
        double t0 = 40;
        double[] p = LogisticGrowth.of(k / (1 + Math.exp(-r * t0)), r, t0);
        assertIncrements(new LogisticGrowth(), p, t -> k / (1 + Math.exp(-r * (t - t0))));
        assertThat(LogisticGrowth.levelBefore(p)).isCloseTo(k / (1 + Math.exp(r * t0)), within(1e-12));
        assertThat(LogisticGrowth.inflectionDay(p)).isCloseTo(t0, within(1e-12));
        assertThat(LogisticGrowth.riseToInflection(p)).isCloseTo(k / 2 - LogisticGrowth.levelBefore(p), within(1e-12));
        assertThat(LogisticGrowth.peakRate(p)).isCloseTo(k * r / 4, within(1e-12));
    }

    @Test
    void gompertzIncrementsAreDifferencesOfTheCumulativeCurve() {
        double k = 2.0;
        double r = 0.09;
        double t0 = 25;
        double[] p = GompertzGrowth.ofTotal(k, r, t0);
        assertIncrements(new GompertzGrowth(), p, t -> k * Math.exp(-Math.exp(-r * (t - t0))));
        assertThat(GompertzGrowth.total(p)).isCloseTo(k, within(1e-12));
        assertThat(GompertzGrowth.levelBefore(p)).isCloseTo(k * Math.exp(-Math.exp(r * t0)), within(1e-12));
        assertThat(GompertzGrowth.riseToInflection(p)).isCloseTo(k / Math.E - GompertzGrowth.levelBefore(p),
                within(1e-12));
    }

    @Test
    void exponentialIncrementsAreDifferencesOfTheCumulativeCurve() {
        double[] p = {Math.log(1.7), 0.04};
        assertIncrements(new ExponentialGrowth(), p, t -> 1.7 * Math.exp(0.04 * (t - DAYS)));
        assertThat(ExponentialGrowth.levelBefore(p, DAYS)).isCloseTo(1.7 * Math.exp(-0.04 * DAYS), within(1e-12));
        assertIncrements(ExponentialGrowth.withLevel(0.2, DAYS), new double[] {0.03}, t -> 0.2 * Math.exp(0.03 * t));
    }

    @Test
    void levelTiedCurvesPlaceTheImposedViewsBeforeTheFirstSample() {
        LevelTied logistic = (LevelTied) LogisticGrowth.withLevel(0.3, 0.01);
        double[] free = logistic.freeParameters(new double[] {Math.log(2.5), Math.log(0.1)});
        assertThat(LogisticGrowth.levelBefore(free)).isCloseTo(0.3 + 0.01 * 2.5, within(1e-12));
        assertThat(LogisticGrowth.remaining(free)).isCloseTo(2.5, within(1e-12));

        LevelTied gompertz = (LevelTied) GompertzGrowth.withLevel(0.4);
        free = gompertz.freeParameters(new double[] {Math.log(1.5), Math.log(0.08)});
        assertThat(GompertzGrowth.levelBefore(free)).isCloseTo(0.4, within(1e-12));
        assertThat(GompertzGrowth.remaining(free)).isCloseTo(1.5, within(1e-12));
    }

    @Test
    void jacobiansMatchFiniteDifferences() {
        assertJacobian(new LogisticGrowth(), LogisticGrowth.of(2, 0.1, 30));
        assertJacobian(new LogisticGrowth(), LogisticGrowth.of(0.8, 0.3, -5));
        assertJacobian(new LogisticGrowth(), LogisticGrowth.of(50, 0.02, 150));
        assertJacobian(new GompertzGrowth(), GompertzGrowth.ofTotal(2, 0.1, 30));
        assertJacobian(new GompertzGrowth(), GompertzGrowth.ofTotal(1.2, 0.05, -10));
        assertJacobian(new ExponentialGrowth(), new double[] {Math.log(1.3), 0.05});
        assertJacobian(ExponentialGrowth.withLevel(0.1, DAYS), new double[] {0.02});
        assertJacobian(LogisticGrowth.withLevel(0.3, 0.01), new double[] {Math.log(2), Math.log(0.1)});
        assertJacobian(GompertzGrowth.withLevel(0.2), new double[] {Math.log(1.5), Math.log(0.07)});
    }

    @Test
    void levelTiedDerivativesAreTheSameWhenWorkedOutInTheRowsSpareColumns() {
        IncrementModel gompertz = GompertzGrowth.withLevel(0.2);
        assertThat(gompertz.jacobianColumns()).isEqualTo(3);
        double[] p = {Math.log(1.5), Math.log(0.07)};
        double[] inc = new double[DAYS];
        double[][] exact = new double[DAYS][2];
        gompertz.evaluate(p, inc, exact);
        double[] incInPlace = new double[DAYS];
        double[][] inPlace = new double[DAYS][3];
        gompertz.evaluate(p, incInPlace, inPlace);
        assertThat(incInPlace).containsExactly(inc);
        for (int k = 0; k < DAYS; k++) {
            assertThat(Arrays.copyOf(inPlace[k], 2)).as("day %d", k).containsExactly(exact[k]);
        }
    }

    @Test
    void bassCurveSeenFromItsFirstSampleIsTheLogisticSegmentItWasReadFrom() {
        double[] p = LogisticGrowth.of(3.0, 0.25, 12);
        double startLevel = 0.05;
        double extra = LogisticGrowth.levelBefore(p) - startLevel;
        BassDiffusion bass = BassDiffusion.fromLogisticSegment(3.0, 0.25, extra, startLevel);

        assertThat(bass.m()).isCloseTo(startLevel + 3.0, within(1e-12));
        assertThat(bass.p() + bass.q()).isCloseTo(0.25, within(1e-12));
        assertThat(bass.cumulative(0)).isCloseTo(startLevel, within(1e-12));
        double peakAge = Math.log(bass.qOverP()) / (bass.p() + bass.q());
        assertThat(peakAge - bass.launchAge()).isCloseTo(LogisticGrowth.inflectionDay(p), within(1e-9));
        assertIncrements(new LogisticGrowth(), p, bass::cumulative);
    }

    @Test
    void bassParametersAreRecoveredFromTheirLogisticSegment() {
        double m = 4.0;
        double pInnovation = 0.01;
        double qImitation = 0.3;
        double age = 2.5;
        BassDiffusion truth = new BassDiffusion(m, pInnovation, qImitation, age);
        double startLevel = truth.cumulative(0);
        // the window's logistic: K = m (1 + p/q), r = p + q, inflection at the peak age minus the age at the start
        double rate = pInnovation + qImitation;
        double day = Math.log(qImitation / pInnovation) / rate - age;
        double[] segment = LogisticGrowth.of(m - startLevel, rate, day);
        BassDiffusion read = BassDiffusion.fromLogisticSegment(m - startLevel, rate,
                LogisticGrowth.levelBefore(segment) - startLevel, startLevel);

        assertThat(read.m()).isCloseTo(m, within(1e-9));
        assertThat(read.p()).isCloseTo(pInnovation, within(1e-9));
        assertThat(read.q()).isCloseTo(qImitation, within(1e-9));
        assertThat(read.launchAge()).isCloseTo(age, within(1e-9));
    }

    private static void assertIncrements(IncrementModel model, double[] p, DoubleUnaryOperator cumulative) {
        double[] inc = new double[DAYS];
        model.evaluate(p, inc, null);
        for (int k = 0; k < DAYS; k++) {
            double expected = cumulative.applyAsDouble(k + 1) - cumulative.applyAsDouble(k);
            assertThat(inc[k]).as("day %d", k).isCloseTo(expected, within(1e-10 + 1e-9 * Math.abs(expected)));
        }
    }

    private static void assertJacobian(IncrementModel model, double[] p) {
        int np = model.parameterCount();
        double[] inc = new double[DAYS];
        double[][] jac = new double[DAYS][np];
        model.evaluate(p, inc, jac);
        double[] plus = new double[DAYS];
        double[] minus = new double[DAYS];
        for (int j = 0; j < np; j++) {
            double h = 1e-6 * Math.max(1, Math.abs(p[j]));
            double[] up = p.clone();
            double[] down = p.clone();
            up[j] += h;
            down[j] -= h;
            model.evaluate(up, plus, null);
            model.evaluate(down, minus, null);
            double scale = 0;
            for (int k = 0; k < DAYS; k++) {
                scale = Math.max(scale, Math.abs(jac[k][j]));
            }
            for (int k = 0; k < DAYS; k++) {
                double numeric = (plus[k] - minus[k]) / (2 * h);
                assertThat(jac[k][j]).as("%s d/dp%d on day %d", model.getClass().getSimpleName(), j, k)
                        .isCloseTo(numeric, within(1e-6 * scale + 1e-12));
            }
        }
    }
}
