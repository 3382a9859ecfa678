package io.viralscope.simulator;

/**
 * A discrete-time self-exciting branching process of daily views (Crane &amp; Sornette, PNAS 105, 2008): each view
 * brings on average {@code n} further views (the branching ratio), spread over later days by a
 * {@link PowerLawMemoryKernel}, on top of an exogenous drive {@code η_t}:
 * {@code λ_t = η_t + n·Σ_{s<t} φ(t − s)·x_s}, and the day's views {@code x_t} are drawn around {@code λ_t}.
 * {@code n → 1} is the critical regime (cascades), {@code n} well below 1 is subcritical (one-offs).
 */
final class SelfExcitingCascade {

    private final double branchingRatio;
    private final PowerLawMemoryKernel kernel;

    SelfExcitingCascade(double branchingRatio, PowerLawMemoryKernel kernel) {
        this.branchingRatio = branchingRatio;
        this.kernel = kernel;
    }

    /** The noise-free (mean-field) response {@code m_t = η_t + n·Σ φ(t − s)·m_s} to {@code drive}. */
    double[] meanField(double[] drive) {
        double[] m = new double[drive.length];
        for (int t = 0; t < drive.length; t++) {
            m[t] = drive[t] + branchingRatio * memory(m, t);
        }
        return m;
    }

    /**
     * One realisation: day {@code t} has {@code x_t ~ NegBin(λ_t, dispersion)} views.
     *
     * @param intensity receives {@code λ_t}, the expected views of each day given the days before
     */
    long[] realise(double[] drive, double dispersion, CountSampler noise, double[] intensity) {
        long[] x = new long[drive.length];
        double[] xd = new double[drive.length];
        for (int t = 0; t < drive.length; t++) {
            intensity[t] = drive[t] + branchingRatio * memory(xd, t);
            x[t] = noise.negativeBinomial(intensity[t], dispersion);
            xd[t] = x[t];
        }
        return x;
    }

    private double memory(double[] past, int t) {
        double sum = 0;
        for (int s = 0; s < t; s++) {
            sum += kernel.at(t - s) * past[s];
        }
        return sum;
    }
}
