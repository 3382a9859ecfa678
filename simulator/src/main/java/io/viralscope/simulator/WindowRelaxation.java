package io.viralscope.simulator;

/**
 * The relaxation exponent a simulated burst actually shows inside its window: the slope α of
 * {@code ln e(τ) ≈ a − α·ln(τ + c)} over every day after the peak, where {@code e} is the noise-free views the burst
 * adds (the mean response to the whole drive less the mean response to the background alone) and {@code c} the
 * memory kernel's shift. Each day is weighted by the information its count carries about {@code ln e}:
 * {@code e²/Var(x)} with {@code Var(x) = m + m²/r} for mean daily views {@code m} and negative-binomial size {@code r},
 * so days buried in background count little.
 *
 * <p>Why not Crane &amp; Sornette's {@code 1 + θ}, {@code 1 − θ}, {@code 1 − 2θ}: those are asymptotic. After a
 * shock to a subcritical audience (n 0.2–0.5) later generations of viewers hold the decay up until
 * {@code τ* ≈ c·(1 − n)^−1/θ} days and the corrections fade as {@code τ^−θ}, so a 90-day window shows 1.0–1.3; an
 * endogenous build-up that starts on the first day lacks the theory's infinite past and relaxes at 0.3–0.5. A
 * detector can only be held to the exponent the series has; the asymptotic one is kept beside it
 * ({@link GroundTruth#asymptoticRelaxationExponent()}).
 */
final class WindowRelaxation {

    private WindowRelaxation() {
    }

    /**
     * @param mean       noise-free daily views of the whole drive
     * @param background noise-free daily views of the background drive alone
     * @param peak       the burst's peak day
     * @param shift      c, the kernel shift, days
     * @param dispersion negative-binomial size r (infinite for Poisson)
     * @return α, or {@code null} when fewer than three days follow the peak
     */
    static Double exponent(double[] mean, double[] background, int peak, double shift, double dispersion) {
        double sw = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int points = 0;
        for (int t = peak + 1; t < mean.length; t++) {
            double e = mean[t] - background[t];
            if (!(e > 0)) {
                continue;
            }
            double m = mean[t];
            double w = e * e / (m + (Double.isInfinite(dispersion) ? 0 : m * m / dispersion));
            double x = Math.log(t - peak + shift);
            double y = Math.log(e);
            sw += w;
            sx += w * x;
            sy += w * y;
            sxx += w * x * x;
            sxy += w * x * y;
            points++;
        }
        if (points < 3) {
            return null;
        }
        double slope = (sw * sxy - sx * sy) / (sw * sxx - sx * sx);
        return Math.rint(-slope * 1e6) / 1e6;
    }
}
