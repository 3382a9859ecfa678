package io.viralscope.plugins.mechanism;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The memory terms {@code M_t = Σ_{τ=1}^{t} φ(τ)·x_{t−τ}} of one series under the power-law {@link MemoryKernel}, for
 * any shift c, in time linear in the series' length. The power law is written as a sum of exponentials,
 * {@code (τ + c)^−s = Γ(s)^−1 ∫ u^{s−1} e^{−u(τ+c)} du} with {@code s = 1 + θ}, discretised by the trapezoid rule
 * in {@code ln u} (error falls exponentially with the step): {@code (τ + c)^−s ≈ Σ_j b_j e^{−c·r_j} e^{−τ·r_j}}.
 * The decay rates {@code r_j} do not depend on c, so each exponential's lagged sum {@code S_j(t) = Σ_τ e^{−τ·r_j}
 * x_{t−τ}} is a recursion computed once per series, and the memory term of any shift is then a weighted sum of
 * them: {@code O(n·K)} a shift instead of {@code O(n²)}. The slowest exponentials, which decay by under 0.4% over
 * the whole series, are summed in closed form as {@code B0 − (τ + c)·B1} (their second-order term is below 10^−8
 * of the kernel), so K is about 35 for θ = 0.4; the kernel's relative error stays below 10^−6 over every lag
 * (checked by {@code ExponentialMemoryTest}).
 *
 * <p>Not thread-safe: one instance serves one fit.
 */
final class ExponentialMemory {

    /** Trapezoid step in {@code ln u}: about 3·10^−8 relative error of the kernel at θ = 0.4, 4·10^−7 at θ = 1.5. */
    private static final double STEP = 0.45;
    /** The smallest rate kept is {@code e^{−TRUNCATION/s}} over the longest {@code τ + c}; the rest in closed form. */
    private static final double TRUNCATION = 8;
    /** The largest rate: {@code u^{s−1} e^{−u}} is negligible beyond it for {@code τ + c ≥ 1}. */
    private static final double LARGEST_RATE = 40;

    private final double theta;
    private final int days;
    private final Nodes nodes;
    /** {@code S_j(t)} at {@code [j·days + t]}: contiguous in t, so a shift's weighted sum runs along arrays. */
    private final double[] sums;
    /** {@code Σ_τ x_{t−τ}} and {@code Σ_τ τ·x_{t−τ}}: the lagged sums of the slowest exponentials' closed form. */
    private final double[] plain;
    private final double[] ramp;
    private final double[] geometric;
    private final Map<Double, double[]> computed = new HashMap<>();

    /**
     * @param x     daily views, day 0 first
     * @param theta θ of the kernel, {@code > 0}
     */
    ExponentialMemory(double[] x, double theta) {
        this.theta = theta;
        this.days = x.length;
        nodes = Nodes.of(theta, days, days + SelfExcitingFit.MAX_SHIFT);
        double[] decays = nodes.decays;
        int count = decays.length;
        geometric = nodes.geometric;
        sums = new double[count * days];
        // S_j(t) = e^{−r_j}·(S_j(t−1) + x_{t−1}), four exponentials at a time: their recursions run side by side
        int j = 0;
        for (; j + 3 < count; j += 4) {
            fourRecursions(x, sums, j * days, decays[j], decays[j + 1], decays[j + 2], decays[j + 3]);
        }
        for (; j < count; j++) {
            recursion(x, sums, j * days, decays[j]);
        }
        plain = new double[days];
        ramp = new double[days];
        for (int t = 1; t < days; t++) {
            // Σ_{τ=1}^{t} τ·x_{t−τ} = Σ_{τ=1}^{t−1} τ·x_{t−1−τ} + Σ_{τ=1}^{t−1} x_{t−1−τ} + x_{t−1}
            plain[t] = plain[t - 1] + x[t - 1];
            ramp[t] = ramp[t - 1] + plain[t - 1] + x[t - 1];
        }
    }

    /** The lagged sums of four exponentials of decays {@code d0..d3}, into {@code sums} from {@code base} on. */
    private static void fourRecursions(double[] x, double[] sums, int base, double d0, double d1, double d2,
                                       double d3) {
        int days = x.length;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        for (int t = 0; t < days; t++) {
            sums[base + t] = s0;
            sums[base + days + t] = s1;
            sums[base + 2 * days + t] = s2;
            sums[base + 3 * days + t] = s3;
            s0 = d0 * (s0 + x[t]);
            s1 = d1 * (s1 + x[t]);
            s2 = d2 * (s2 + x[t]);
            s3 = d3 * (s3 + x[t]);
        }
    }

    private static void recursion(double[] x, double[] sums, int base, double d) {
        double s0 = 0;
        for (int t = 0; t < x.length; t++) {
            sums[base + t] = s0;
            s0 = d * (s0 + x[t]);
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
        double[] rates = nodes.rates;
        double[] b = new double[rates.length];
        double constant = nodes.below0 - shift * nodes.below1;
        // Σ_{τ=1}^{days} of the closed form B0 − (τ + c)·B1
        double head = days * constant - nodes.below1 * days * (days + 1.0) / 2;
        for (int j = 0; j < rates.length; j++) {
            b[j] = nodes.scales[j] * Math.exp(-shift * rates[j]);
            head += b[j] * geometric[j];
        }
        // the normaliser Σ_{τ≥1}(τ + c)^−(1+θ): the series' lags by the same exponentials, the rest in closed form
        double z = days >= MemoryKernel.EXPLICIT_TERMS ? head + MemoryKernel.tail(theta, shift, days + 1)
                : MemoryKernel.normaliser(theta, shift);
        // exponentials whose weight, even at lag 1, is below 10^-12 of the kernel there add nothing (at either end)
        double negligible = 1e-12 * Math.pow(1 + shift, -(1 + theta));
        double[] decays = nodes.decays;
        int from = 0;
        while (from < rates.length && b[from] * decays[from] < negligible) {
            from++;
        }
        int to = rates.length;
        while (to > from && b[to - 1] * decays[to - 1] < negligible) {
            to--;
        }
        // four exponentials a pass over the days, each pass a small method of its own (quick for the JIT to
        // compile); the sum of four is added to m as one term. The first pass also writes the slowest
        // exponentials' part, the value m starts from: the same additions as a pass of its own before it
        double p = constant / z;
        double q = nodes.below1 / z;
        int j = from;
        double[] m;
        if (j + 3 < to) {
            m = slowestAndFour(p, q, sums, j * days, b[j] / z, b[j + 1] / z, b[j + 2] / z, b[j + 3] / z);
            j += 4;
        } else {
            m = slowest(p, q);
        }
        for (; j + 3 < to; j += 4) {
            addFour(m, sums, j * days, days, b[j] / z, b[j + 1] / z, b[j + 2] / z, b[j + 3] / z);
        }
        for (; j < to; j++) {
            addOne(m, sums, j * days, b[j] / z);
        }
        return m;
    }

    /** The slowest exponentials' part of the memory terms, {@code p·Σ x − q·Σ τ·x} of each day. */
    private double[] slowest(double p, double q) {
        double[] m = new double[days];
        for (int t = 0; t < days; t++) {
            m[t] = p * plain[t] - q * ramp[t];
        }
        return m;
    }

    /** {@link #slowest} with {@code Σ a_i·S_{j+i}(t)} of four exponentials added, their sums from {@code base} on. */
    private double[] slowestAndFour(double p, double q, double[] sums, int base, double a0, double a1, double a2,
                                    double a3) {
        double[] m = new double[days];
        int b1 = base + days;
        int b2 = b1 + days;
        int b3 = b2 + days;
        for (int t = 0; t < days; t++) {
            double start = p * plain[t] - q * ramp[t];
            m[t] = start + (a0 * sums[base + t] + a1 * sums[b1 + t] + a2 * sums[b2 + t] + a3 * sums[b3 + t]);
        }
        return m;
    }

    /** Adds {@code Σ a_i·S_{j+i}(t)} of four exponentials, their sums from {@code base} on, to {@code m}. */
    private static void addFour(double[] m, double[] sums, int base, int days, double a0, double a1, double a2,
                                double a3) {
        int b1 = base + days;
        int b2 = b1 + days;
        int b3 = b2 + days;
        for (int t = 0; t < m.length; t++) {
            m[t] += a0 * sums[base + t] + a1 * sums[b1 + t] + a2 * sums[b2 + t] + a3 * sums[b3 + t];
        }
    }

    private static void addOne(double[] m, double[] sums, int base, double a) {
        for (int t = 0; t < m.length; t++) {
            m[t] += a * sums[base + t];
        }
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
        Nodes nodes = Nodes.of(theta, days, days + Math.max(shift, SelfExcitingFit.MAX_SHIFT));
        double[] decays = nodes.decays;
        int count = decays.length;
        double[] a = new double[count];
        for (int j = 0; j < count; j++) {
            a[j] = kernelScale * nodes.scales[j] * Math.exp(-shift * nodes.rates[j]);
        }
        double p = kernelScale * (nodes.below0 - shift * nodes.below1);
        double q = kernelScale * nodes.below1;
        double plain = 0;  // Σ_τ m_{t−τ}
        double ramp = 0;   // Σ_τ τ·m_{t−τ}
        double[] state = new double[count];
        double[] m = new double[days];
        // Σ_j a_j·S_j, in four partial sums: independent additions run side by side instead of waiting on one
        // another; the state is empty on the first day
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int tail = count - count % 4;
        for (int t = 0; t < days; t++) {
            double mt = drive[t] + ((s0 + s1) + (s2 + s3)) + (p * plain - q * ramp);
            m[t] = mt;
            // advance the state by the day and sum it for the next day in one pass, the partial sums as before
            s0 = 0;
            s1 = 0;
            s2 = 0;
            s3 = 0;
            int j = 0;
            for (; j < tail; j += 4) {
                double e0 = decays[j] * (state[j] + mt);
                double e1 = decays[j + 1] * (state[j + 1] + mt);
                double e2 = decays[j + 2] * (state[j + 2] + mt);
                double e3 = decays[j + 3] * (state[j + 3] + mt);
                state[j] = e0;
                state[j + 1] = e1;
                state[j + 2] = e2;
                state[j + 3] = e3;
                s0 += a[j] * e0;
                s1 += a[j + 1] * e1;
                s2 += a[j + 2] * e2;
                s3 += a[j + 3] * e3;
            }
            for (; j < count; j++) {
                double e = decays[j] * (state[j] + mt);
                state[j] = e;
                s0 += a[j] * e;
            }
            ramp += plain + mt;
            plain += mt;
        }
        return m;
    }

    /**
     * The exponentials for a kernel exponent, a series length and the longest {@code τ + c}: the same for every
     * series of that length, so computed once (a few hundred transcendental functions) and shared.
     *
     * @param below0    {@code B0}: the weights, over Γ(s), of the exponentials left out below the smallest rate
     * @param below1    {@code B1}: the same times their rates
     * @param geometric {@code Σ_{τ=1}^{days} e^{−τ·r_j}} of each exponential
     */
    private record Nodes(double[] rates, double[] scales, double[] decays, double below0, double below1,
                         double[] geometric) {

        private static final int CACHED = 4096;
        private static final Map<String, Nodes> TABLES = new ConcurrentHashMap<>();

        static Nodes of(double theta, int days, double longest) {
            String key = theta + "/" + days + "/" + longest;
            Nodes cached = TABLES.get(key);
            if (cached != null) {
                return cached;
            }
            Nodes table = compute(theta, days, longest);
            if (TABLES.size() < CACHED) {  // lengths and θ are few in practice; never grow without bound
                TABLES.putIfAbsent(key, table);
            }
            return table;
        }

        private static Nodes compute(double theta, int days, double longest) {
            if (!(theta > 0)) {
                throw new IllegalArgumentException("kernel needs theta > 0");
            }
            double s = 1 + theta;
            double from = -Math.log(longest + 1) - TRUNCATION / s;
            double to = Math.log(LARGEST_RATE);
            int count = (int) Math.ceil((to - from) / STEP) + 1;
            double[] rates = new double[count];
            double[] scales = new double[count];
            double[] decays = new double[count];
            for (int j = 0; j < count; j++) {
                double y = from + j * STEP;
                rates[j] = Math.exp(y);
                scales[j] = Math.exp(s * y);
                decays[j] = Math.exp(-rates[j]);
            }
            // the nodes below, y = from − k·STEP for k ≥ 1: e^{−u(τ+c)} ≈ 1 − u(τ+c) there, geometric series in k
            double q0 = Math.exp(-s * STEP);
            double q1 = Math.exp(-(s + 1) * STEP);
            double below0 = Math.exp(s * from) * q0 / (1 - q0);
            double below1 = Math.exp((s + 1) * from) * q1 / (1 - q1);
            // Γ(s) as the same discrete sum at τ + c = 1, so that its error cancels there
            double gamma = below0 - below1;
            for (int j = 0; j < count; j++) {
                gamma += scales[j] * decays[j];
            }
            for (int j = 0; j < count; j++) {
                scales[j] /= gamma;
            }
            double[] geometric = new double[count];
            for (int j = 0; j < count; j++) {
                geometric[j] = decays[j] * -Math.expm1(-days * rates[j]) / -Math.expm1(-rates[j]);
            }
            return new Nodes(rates, scales, decays, below0 / gamma, below1 / gamma, geometric);
        }
    }
}
