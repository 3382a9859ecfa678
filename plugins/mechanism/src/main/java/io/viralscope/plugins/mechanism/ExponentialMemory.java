package io.viralscope.plugins.mechanism;

/**
 * The memory terms {@code M_t = Σ_{τ=1}^{t} φ(τ)·x_{t−τ}} of one series under the power-law {@link MemoryKernel}, for
 * any shift c, in time linear in the series' length. The power law is written as a sum of exponentials,
 * {@code (τ + c)^−s = Γ(s)^−1 ∫ u^{s−1} e^{−u(τ+c)} du} with {@code s = 1 + θ}, discretised by the trapezoid rule
 * in {@code ln u} (error falls exponentially with the step): {@code (τ + c)^−s ≈ Σ_j b_j e^{−c·r_j} e^{−τ·r_j}}.
 * The decay rates {@code r_j} do not depend on c, so each exponential's lagged sum {@code S_j(t) = Σ_τ e^{−τ·r_j}
 * x_{t−τ}} is a recursion computed once per series, and the memory term of any shift is then a weighted sum of
 * them: {@code O(n·K)} a shift instead of {@code O(n²)}, with K about 50 for θ = 0.4 and a relative error of the
 * kernel below 10^−6 over every lag of the series (checked by {@code ExponentialMemoryTest}).
 *
 * <p>Not thread-safe: one instance serves one fit.
 */
final class ExponentialMemory {

    /** Trapezoid step in {@code ln u}: about 3·10^−8 relative error of the kernel at θ = 0.4, 4·10^−7 at θ = 1.5. */
    private static final double STEP = 0.45;
    /** Exponent (in e-folds, over s) of the part of the integral left out below the smallest rate. */
    private static final double TRUNCATION = 18;
    /** The largest rate: {@code u^{s−1} e^{−u}} is negligible beyond it for {@code τ + c ≥ 1}. */
    private static final double LARGEST_RATE = 40;

    private final double theta;
    private final int days;
    private final double[] rates;
    private final double[] scales;
    /** {@code S_j(t)} at {@code [j·days + t]}: contiguous in t, so a shift's weighted sum runs along arrays. */
    private final double[] sums;
    private final double[] decays;
    private final double[] geometric;
    private final java.util.Map<Double, double[]> computed = new java.util.HashMap<>();

    /**
     * @param x     daily views, day 0 first
     * @param theta θ of the kernel, {@code > 0}
     */
    ExponentialMemory(double[] x, double theta) {
        this.theta = theta;
        this.days = x.length;
        Nodes table = Nodes.of(theta, days);
        rates = table.rates;
        scales = table.scales;
        decays = table.decays;
        geometric = table.geometric;
        int nodes = rates.length;
        sums = new double[nodes * days];
        // S_j(t) = e^{−r_j}·(S_j(t−1) + x_{t−1}), four exponentials at a time: their recursions run side by side
        int j = 0;
        for (; j + 3 < nodes; j += 4) {
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            double d0 = decays[j];
            double d1 = decays[j + 1];
            double d2 = decays[j + 2];
            double d3 = decays[j + 3];
            int b0 = j * days;
            for (int t = 0; t < days; t++) {
                sums[b0 + t] = s0;
                sums[b0 + days + t] = s1;
                sums[b0 + 2 * days + t] = s2;
                sums[b0 + 3 * days + t] = s3;
                s0 = d0 * (s0 + x[t]);
                s1 = d1 * (s1 + x[t]);
                s2 = d2 * (s2 + x[t]);
                s3 = d3 * (s3 + x[t]);
            }
        }
        for (; j < nodes; j++) {
            double s0 = 0;
            for (int t = 0; t < days; t++) {
                sums[j * days + t] = s0;
                s0 = decays[j] * (s0 + x[t]);
            }
        }
    }

    /**
     * The exponentials for a kernel exponent and a series length: the same for every series of that length, so
     * computed once (a few hundred transcendental functions) and shared.
     */
    private record Nodes(double[] rates, double[] scales, double[] decays, double[] geometric) {

        private static final int CACHED = 4096;
        private static final java.util.Map<String, Nodes> TABLES = new java.util.concurrent.ConcurrentHashMap<>();

        static Nodes of(double theta, int days) {
            String key = theta + "/" + days;
            Nodes cached = TABLES.get(key);
            if (cached != null) {
                return cached;
            }
            Nodes table = compute(theta, days);
            if (TABLES.size() < CACHED) {  // lengths and θ are few in practice; never grow without bound
                TABLES.putIfAbsent(key, table);
            }
            return table;
        }

        private static Nodes compute(double theta, int days) {
            double[] rates = ExponentialMemory.rates(theta, days + SelfExcitingFit.MAX_SHIFT);
            double[] decays = ExponentialMemory.decays(rates);
            double[] geometric = new double[rates.length];
            for (int j = 0; j < rates.length; j++) {
                // Σ_{τ=1}^{days} e^{−τ·r_j}
                geometric[j] = decays[j] * -Math.expm1(-days * rates[j]) / -Math.expm1(-rates[j]);
            }
            return new Nodes(rates, ExponentialMemory.scales(theta, rates), decays, geometric);
        }
    }

    /**
     * The memory term of every day for shift {@code c > 0}; the same array again for a shift asked before (the
     * fit's golden-section search revisits its points pass after pass).
     */
    double[] memory(double shift) {
        return computed.computeIfAbsent(shift, this::compute);
    }

    private double[] compute(double shift) {
        double[] b = new double[rates.length];
        double head = 0;
        for (int j = 0; j < rates.length; j++) {
            b[j] = scales[j] * Math.exp(-shift * rates[j]);
            head += b[j] * geometric[j];
        }
        // the normaliser Σ_{τ≥1}(τ + c)^−(1+θ): the lags of the series by the same exponentials, the rest in closed form
        double z = days >= MemoryKernel.EXPLICIT_TERMS ? head + MemoryKernel.tail(theta, shift, days + 1)
                : MemoryKernel.normaliser(theta, shift);
        double[] m = new double[days];
        // exponentials whose weight, even at lag 1, is below 10^-12 of the kernel there add nothing (at either end)
        double negligible = 1e-12 * Math.pow(1 + shift, -(1 + theta));
        int from = 0;
        while (from < rates.length && b[from] * decays[from] < negligible) {
            from++;
        }
        int to = rates.length;
        while (to > from && b[to - 1] * decays[to - 1] < negligible) {
            to--;
        }
        // four exponentials a pass over the days: a quarter of the loads and stores of m
        int j = from;
        for (; j + 3 < to; j += 4) {
            double a0 = b[j] / z;
            double a1 = b[j + 1] / z;
            double a2 = b[j + 2] / z;
            double a3 = b[j + 3] / z;
            int b0 = j * days;
            int b1 = b0 + days;
            int b2 = b1 + days;
            int b3 = b2 + days;
            for (int t = 0; t < days; t++) {
                m[t] += a0 * sums[b0 + t] + a1 * sums[b1 + t] + a2 * sums[b2 + t] + a3 * sums[b3 + t];
            }
        }
        for (; j < to; j++) {
            double a = b[j] / z;
            int base = j * days;
            for (int t = 0; t < days; t++) {
                m[t] += a * sums[base + t];
            }
        }
        return m;
    }

    /**
     * The response {@code m_t = drive_t + C·Σ_{τ=1}^{t} (τ + c)^−(1+θ)·m_{t−τ}} to {@code drive}, by the same
     * exponentials advanced with m itself: {@code O(n·K)}.
     *
     * @param kernelScale C
     */
    static double[] response(double[] drive, double theta, double shift, double kernelScale) {
        if (!(theta > 0) || !(shift > 0)) {
            throw new IllegalArgumentException("kernel needs theta > 0 and shift > 0");
        }
        int days = drive.length;
        double[] rates = rates(theta, days + Math.max(shift, SelfExcitingFit.MAX_SHIFT));
        double[] scales = scales(theta, rates);
        double[] decays = decays(rates);
        int nodes = rates.length;
        double[] a = new double[nodes];
        for (int j = 0; j < nodes; j++) {
            a[j] = kernelScale * scales[j] * Math.exp(-shift * rates[j]);
        }
        double[] state = new double[nodes];
        double[] m = new double[days];
        for (int t = 0; t < days; t++) {
            // four partial sums: independent additions run side by side instead of waiting on one another
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            int j = 0;
            for (; j + 3 < nodes; j += 4) {
                s0 += a[j] * state[j];
                s1 += a[j + 1] * state[j + 1];
                s2 += a[j + 2] * state[j + 2];
                s3 += a[j + 3] * state[j + 3];
            }
            for (; j < nodes; j++) {
                s0 += a[j] * state[j];
            }
            m[t] = drive[t] + ((s0 + s1) + (s2 + s3));
            for (int k = 0; k < nodes; k++) {
                state[k] = decays[k] * (state[k] + m[t]);
            }
        }
        return m;
    }

    /** The decay rates {@code r_j = e^{y_j}}, y on a grid of {@link #STEP} covering {@code τ + c} up to {@code longest}. */
    private static double[] rates(double theta, double longest) {
        if (!(theta > 0)) {
            throw new IllegalArgumentException("kernel needs theta > 0");
        }
        double s = 1 + theta;
        double from = -Math.log(longest + 1) - TRUNCATION / s;
        double to = Math.log(LARGEST_RATE);
        int nodes = (int) Math.ceil((to - from) / STEP) + 1;
        double[] rates = new double[nodes];
        for (int j = 0; j < nodes; j++) {
            rates[j] = Math.exp(from + j * STEP);
        }
        return rates;
    }

    /** {@code b_j = r_j^s / Γ(s)}, Γ(s) being the same trapezoid sum at {@code τ + c = 1}: its error cancels there. */
    private static double[] scales(double theta, double[] rates) {
        double s = 1 + theta;
        double[] scales = new double[rates.length];
        double gamma = 0;
        for (int j = 0; j < rates.length; j++) {
            scales[j] = Math.pow(rates[j], s);
            gamma += scales[j] * Math.exp(-rates[j]);
        }
        for (int j = 0; j < rates.length; j++) {
            scales[j] /= gamma;
        }
        return scales;
    }

    private static double[] decays(double[] rates) {
        double[] decays = new double[rates.length];
        for (int j = 0; j < rates.length; j++) {
            decays[j] = Math.exp(-rates[j]);
        }
        return decays;
    }
}
