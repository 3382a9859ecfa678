package io.viralscope.simulator;

import java.util.SplittableRandom;

/**
 * Random counts for the simulator: Poisson, gamma, negative binomial and binomial draws from one seeded
 * {@link SplittableRandom}, so a seed always gives the same counts. Not thread-safe; one per simulation.
 *
 * <ul>
 *   <li>Poisson: multiplication method below a mean of 10, Hörmann's transformed rejection with squeeze (PTRS,
 *       "The transformed rejection method for generating Poisson random variables", Insurance: Mathematics and
 *       Economics 12, 1993) up to 10<sup>7</sup>, a rounded normal above (relative error below 10<sup>−3</sup>
 *       of a standard deviation there).</li>
 *   <li>Gamma: Marsaglia &amp; Tsang, "A simple method for generating gamma variables", ACM TOMS 26, 2000.</li>
 *   <li>Negative binomial: the Poisson–gamma mixture (mean λ, size r, variance λ + λ²/r).</li>
 *   <li>Binomial: geometric waiting times below 30 expected successes (exact), a rounded normal clamped to
 *       {@code [0, n]} above.</li>
 * </ul>
 */
final class CountSampler {

    private static final double NORMAL_POISSON_MEAN = 1e7;
    private static final double EXACT_BINOMIAL_SUCCESSES = 30;

    private final SplittableRandom random;

    CountSampler(SplittableRandom random) {
        this.random = random;
    }

    /** A uniform draw from [0, 1). */
    double uniform() {
        return random.nextDouble();
    }

    /** A uniform draw from [low, high). */
    double uniform(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    /** A log-uniform draw from [low, high); both positive. */
    double logUniform(double low, double high) {
        return Math.exp(uniform(Math.log(low), Math.log(high)));
    }

    /** A uniform integer from {@code low} to {@code high} inclusive. */
    int integer(int low, int high) {
        return high <= low ? low : low + random.nextInt(high - low + 1);
    }

    /** A standard normal draw. */
    double normal() {
        return random.nextGaussian();
    }

    /** A Poisson count of mean {@code mean >= 0}. */
    long poisson(double mean) {
        if (!(mean > 0)) {
            return 0;
        }
        if (mean < 10) {
            double limit = Math.exp(-mean);
            double product = random.nextDouble();
            long k = 0;
            while (product > limit) {
                product *= random.nextDouble();
                k++;
            }
            return k;
        }
        if (mean >= NORMAL_POISSON_MEAN) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal()));
        }
        return transformedRejectionPoisson(mean);
    }

    /** PTRS (Hörmann 1993), valid for mean >= 10. */
    private long transformedRejectionPoisson(double mean) {
        double slam = Math.sqrt(mean);
        double logLam = Math.log(mean);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = random.nextDouble() - 0.5;
            double v = random.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b)
                    <= -mean + k * logLam - logFactorial(k)) {
                return k;
            }
        }
    }

    /** A gamma draw of shape {@code shape > 0} and scale {@code scale > 0}. */
    double gamma(double shape, double scale) {
        if (shape < 1) {
            double u = random.nextDouble();
            return gamma(shape + 1, scale) * Math.pow(u, 1 / shape);
        }
        double d = shape - 1.0 / 3.0;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = normal();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v * scale;
            }
        }
    }

    /** A negative-binomial count of mean {@code mean} and size {@code size}; an infinite size is Poisson. */
    long negativeBinomial(double mean, double size) {
        if (!(mean > 0)) {
            return 0;
        }
        if (Double.isInfinite(size)) {
            return poisson(mean);
        }
        return poisson(gamma(size, mean / size));
    }

    /** A binomial count of {@code n} trials with success probability {@code p}. */
    long binomial(long n, double p) {
        if (n <= 0 || !(p > 0)) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        if (p > 0.5) {
            return n - binomial(n, 1 - p);
        }
        double expected = n * p;
        if (expected < EXACT_BINOMIAL_SUCCESSES) {
            // Geometric waiting times between successes: exact, about n·p iterations.
            double logQ = Math.log1p(-p);
            long successes = 0;
            double position = 0;
            while (true) {
                position += Math.floor(Math.log(1 - random.nextDouble()) / logQ) + 1;
                if (position > n) {
                    return successes;
                }
                successes++;
            }
        }
        long k = Math.round(expected + Math.sqrt(expected * (1 - p)) * normal());
        return Math.max(0, Math.min(n, k));
    }

    /** ln(k!) by Stirling's series; exact sums below 20. */
    static double logFactorial(long k) {
        if (k < 20) {
            double s = 0;
            for (long i = 2; i <= k; i++) {
                s += Math.log(i);
            }
            return s;
        }
        double x = k;
        double inv = 1 / x;
        double inv2 = inv * inv;
        return x * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI * x)
                + inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 / 1260));
    }
}
