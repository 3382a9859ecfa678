package io.viralscope.plugins.growth;

/**
 * The Bass diffusion model (Bass 1969) read from a fitted curve: cumulative views since launch
 * {@code N(s) = m·F(s)}, {@code F(s) = (1 − e^{−(p+q)s}) / (1 + (q/p) e^{−(p+q)s})}, where {@code p} is innovation
 * (views that come from outside: search, promotion, a feature) and {@code q} imitation (views passed on by earlier
 * viewers), both per day. Daily views peak at age {@code s* = ln(q/p)/(p+q)} when {@code q > p}, at launch otherwise.
 *
 * <h2>Why a series starting mid-life still identifies it</h2>
 * Algebra gives {@code F(s) = −p/q + (1 + p/q) / (1 + (q/p) e^{−(p+q)s})}: a logistic with rate {@code r = p + q}
 * whose lower asymptote is {@code −m p/q}, cut at launch. Its daily increments are therefore exactly those of a
 * logistic ({@link LogisticGrowth}) with {@code K = m (1 + p/q)}; increments alone cannot tell the two apart, and a
 * free launch date would leave {@code p} and {@code q} unidentified. The count at the first sample does: Bass
 * places all views counted at the first grid point, {@code C0}, on its own curve ({@code m F(s0) = C0} at the unknown
 * age {@code s0 >= 0}), whereas a logistic from {@code t = −∞} places {@code N(0) = R e^{−ℓ}} views there. So a
 * logistic segment with {@code N(0) = C0 + m p/q > C0} is a Bass curve with
 * <pre>
 *   m = C0 + R,   q/p = m / (N(0) − C0),   p + q = r,   s0 = ln(N(0)·m / ((N(0) − C0)·R)) / r,
 * </pre>
 * and one with {@code N(0) <= C0} is a logistic on top of a baseline of earlier views. That is the choice made here:
 * the time offset is not a free parameter but follows from the views already counted (an initial cumulative offset
 * equal to {@code C0}), as in Bass's own estimator, which regresses sales on cumulative adoption.
 * Srinivasan &amp; Mason (1986) fit {@code m[F(t) − F(t−1)]} from launch; this is the same model with the window's
 * start at age {@code s0}.
 *
 * @param m          total views at saturation, {@code C0 + R} (scaled views)
 * @param p          coefficient of innovation, per day
 * @param q          coefficient of imitation, per day
 * @param launchAge  age of the video at the first grid point, {@code s0 >= 0}, days
 */
record BassDiffusion(double m, double p, double q, double launchAge) {

    /** Largest imitation-to-innovation ratio fitted; the logistic limit {@code p → 0} lies beyond it. */
    static final double MAX_Q_OVER_P = 1e4;

    /**
     * The Bass curve whose window is the logistic segment {@code (R, r)} with {@code extraBefore = N(0) − C0 > 0}.
     *
     * @param remaining   views still to come after the first grid point, {@code R} (scaled views)
     * @param rate        {@code r = p + q}, per day
     * @param extraBefore views the logistic places before the first grid point beyond those counted, {@code m p/q}
     * @param startLevel  views counted at the first grid point, {@code C0} (scaled views)
     */
    static BassDiffusion fromLogisticSegment(double remaining, double rate, double extraBefore, double startLevel) {
        double m = startLevel + remaining;
        double ratio = m / extraBefore;
        double p = rate / (1 + ratio);
        double q = rate - p;
        double levelBefore = startLevel + extraBefore;
        double age = Math.max(0, Math.log(levelBefore * m / (extraBefore * remaining)) / rate);
        return new BassDiffusion(m, p, q, age);
    }

    /** Imitation over innovation, {@code q/p}. */
    double qOverP() {
        return q / p;
    }

    /** Fraction adopted by age {@code s} days, {@code F(s)}. */
    double adopted(double age) {
        double e = Math.exp(-(p + q) * age);
        return (1 - e) / (1 + (q / p) * e);
    }

    /** Cumulative views at {@code day} days after the first grid point, {@code m F(s0 + day)} (scaled views). */
    double cumulative(double day) {
        return m * adopted(launchAge + day);
    }
}
