package io.viralscope.plugins.campaign;

/**
 * The power-law memory of a view, {@code φ(τ) = (τ + c)^−(1+θ) / Z} for lags {@code τ = 1, 2, …} days, normalised
 * so that {@code Σ_{τ≥1} φ(τ) = 1}: a branching ratio {@code n} then means each view brings {@code n} more, spread
 * over the following days by {@code φ} (Crane &amp; Sornette, PNAS 2008; the shifted form is HIP's, Rizoiu et al.,
 * WWW 2017). Tabulated for the lags of one series; the tail beyond 2,000 days comes from the integral.
 */
final class MemoryKernel {

    private static final int EXPLICIT_TERMS = 2000;

    final double theta;
    final double shift;
    /** φ(τ) at index τ, for τ = 1..lags; index 0 unused. */
    private final double[] weights;
    /** Σ_{τ>t} φ(τ) at index t: the part of the memory that lies before day 0 when the series starts at t = 0. */
    private final double[] beyond;

    MemoryKernel(double theta, double shift, int lags) {
        this.theta = theta;
        this.shift = shift;
        double z = 0;
        for (int tau = 1; tau <= EXPLICIT_TERMS; tau++) {
            z += Math.pow(tau + shift, -(1 + theta));
        }
        z += Math.pow(EXPLICIT_TERMS + 0.5 + shift, -theta) / theta;
        weights = new double[lags + 1];
        beyond = new double[lags + 1];
        double cumulative = 0;
        beyond[0] = 1;
        for (int tau = 1; tau <= lags; tau++) {
            weights[tau] = Math.pow(tau + shift, -(1 + theta)) / z;
            cumulative += weights[tau];
            beyond[tau] = Math.max(0, 1 - cumulative);
        }
    }

    double at(int tau) {
        return weights[tau];
    }

    /** The kernel's mass beyond lag {@code t}. */
    double beyond(int t) {
        return beyond[Math.min(t, beyond.length - 1)];
    }

    /** {@code Σ_{τ=1}^{t} φ(τ)·x_{t−τ}} for every day t: the memory of the views seen in the series. */
    double[] memory(double[] x) {
        return memory(x, 1, x.length - 1);
    }

    /** The same memory for days {@code from..to} only (0 elsewhere): a long series is fitted on a window. */
    double[] memory(double[] x, int from, int to) {
        int n = x.length;
        double[] m = new double[n];
        for (int t = Math.max(1, from); t <= Math.min(n - 1, to); t++) {
            double s = 0;
            int lags = Math.min(t, weights.length - 1);
            for (int tau = 1; tau <= lags; tau++) {
                s += weights[tau] * x[t - tau];
            }
            m[t] = s;
        }
        return m;
    }

    /**
     * The memory of days {@code from..to} split in two at the flight's first day {@code flightFirst}: index 0 is the
     * memory of the usual views (the views before the flight, and {@code level} a day from it on), index 1 the
     * memory of the flight's extra views (each day's views over {@code level}, from the flight on). Their sum is
     * {@link #memory(double[], int, int)}. An echo of the flight shows in the second only, so its own branching
     * ratio is fitted to what the days after the flight do, not to the drifts of the usual days.
     */
    double[][] split(double[] x, int flightFirst, double level, int from, int to) {
        int n = x.length;
        double[][] m = new double[2][n];
        for (int t = Math.max(1, from); t <= Math.min(n - 1, to); t++) {
            double usual = 0;
            double extra = 0;
            int lags = Math.min(t, weights.length - 1);
            for (int tau = 1; tau <= lags; tau++) {
                int u = t - tau;
                if (u >= flightFirst) {
                    usual += weights[tau] * level;
                    extra += weights[tau] * (x[u] - level);
                } else {
                    usual += weights[tau] * x[u];
                }
            }
            m[0][t] = usual;
            m[1][t] = extra;
        }
        return m;
    }

    /**
     * The response {@code R_t = drive_t + n·Σ_{τ=1}^{t} φ(τ)·R_{t−τ}}: what a drive sets off, itself included.
     */
    double[] response(double[] drive, double branching) {
        int n = drive.length;
        double[] r = new double[n];
        for (int t = 0; t < n; t++) {
            double s = 0;
            int lags = Math.min(t, weights.length - 1);
            for (int tau = 1; tau <= lags; tau++) {
                s += weights[tau] * r[t - tau];
            }
            r[t] = drive[t] + branching * s;
        }
        return r;
    }
}
