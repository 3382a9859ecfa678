package io.viralscope.plugins.inflection;

/**
 * The cost of a segment of log daily views under a linear trend: the weighted residual sum of squares of the
 * least-squares line through {@code y_t}, {@code t ∈ [a, b)}, in O(1) from prefix sums of {@code w, wt, wt², wy,
 * wty, wy²}. With this cost a change of growth rate is one change point, where a mean cost would need a staircase
 * of level shifts (docs/architecture.md#change-points). Also fits lines and the continuous "hinge" {@code α + β·t + γ·(t − τ)₊} over a
 * range in O(1), which tells a kink from a step.
 *
 * <p>Weights are 1 for usable days and 0 for days in gaps or on shocks. Times and values are centred before
 * summing, which keeps the differences of sums accurate at any view count.
 */
final class PiecewiseLinearCost {

    private static final double MIN_WEIGHT = 2.5;

    private final double origin;
    private final double[] w;
    private final double[] wt;
    private final double[] wtt;
    private final double[] wy;
    private final double[] wty;
    private final double[] wyy;
    private final double yMean;
    /**
     * 1/L and 1/Σ(t − t̄)² = 12/(L(L² − 1)) of a segment of L days, all usable: the common case, divisions saved.
     * Shared by every series ({@link SegmentInverses}), possibly longer than n + 1.
     */
    private final double[] inverseLength;
    private final double[] inverseSpread;
    private final boolean allUsable;

    PiecewiseLinearCost(double[] y, double[] weight) {
        int n = y.length;
        origin = (n - 1) / 2.0;
        double sw = 0;
        double swy = 0;
        for (int i = 0; i < n; i++) {
            sw += weight[i];
            swy += weight[i] * y[i];
        }
        yMean = sw > 0 ? swy / sw : 0;
        allUsable = sw == n;
        w = new double[n + 1];
        wt = new double[n + 1];
        wtt = new double[n + 1];
        wy = new double[n + 1];
        wty = new double[n + 1];
        wyy = new double[n + 1];
        SegmentInverses inverses = SegmentInverses.upTo(n);
        inverseLength = inverses.length();
        inverseSpread = inverses.spread();
        for (int i = 0; i < n; i++) {
            double t = i - origin;
            double v = y[i] - yMean;
            double c = weight[i];
            w[i + 1] = w[i] + c;
            wt[i + 1] = wt[i] + c * t;
            wtt[i + 1] = wtt[i] + c * t * t;
            wy[i + 1] = wy[i] + c * v;
            wty[i + 1] = wty[i] + c * t * v;
            wyy[i + 1] = wyy[i] + c * v * v;
        }
    }

    /** Residual sum of squares of the best line over {@code [a, b)}; 0 with fewer than three usable days. */
    double cost(int a, int b) {
        int len = b - a;
        double sw = w[b] - w[a];
        double sy = wy[b] - wy[a];
        double sty = wty[b] - wty[a];
        double syy = wyy[b] - wyy[a];
        double rss;
        if (sw == len && len >= 3) {
            // Every day usable: Σt and Σ(t − t̄)² have closed forms, so no division is needed.
            double meanT = (a + b - 1) * 0.5 - origin;
            double vty = sty - meanT * sy;
            rss = syy - sy * sy * inverseLength[len] - vty * vty * inverseSpread[len];
        } else {
            if (sw < MIN_WEIGHT) {
                return 0;
            }
            double st = wt[b] - wt[a];
            double inv = 1 / sw;
            double vtt = wtt[b] - wtt[a] - st * st * inv;
            double vty = sty - st * sy * inv;
            double vyy = syy - sy * sy * inv;
            rss = vtt > 0 ? vyy - vty * vty / vtt : vyy;
        }
        return rss > 0 ? rss : 0;
    }

    /**
     * PELT's inner loop: for each candidate start {@code starts[i]} ({@code i < count}), writes
     * {@code base[starts[i]] + cost(starts[i], end)} to {@code out[i]}, reading the end's sums once, and returns the
     * index of the smallest.
     */
    int addCostsEndingAt(int end, int[] starts, int count, double[] base, double[] out) {
        int best = 0;
        double min = Double.POSITIVE_INFINITY;
        if (!allUsable) {
            for (int i = 0; i < count; i++) {
                double v = base[starts[i]] + cost(starts[i], end);
                out[i] = v;
                if (v < min) {
                    min = v;
                    best = i;
                }
            }
            return best;
        }
        double ey = wy[end];
        double ety = wty[end];
        double eyy = wyy[end];
        double half = (end - 1) * 0.5 - origin;
        for (int i = 0; i < count; i++) {
            int a = starts[i];
            int len = end - a;
            double sy = ey - wy[a];
            double vty = ety - wty[a] - (a * 0.5 + half) * sy;
            double rss = eyy - wyy[a] - sy * sy * inverseLength[len] - vty * vty * inverseSpread[len];
            double v = base[a] + (len >= 3 && rss > 0 ? rss : 0);
            out[i] = v;
            if (v < min) {
                min = v;
                best = i;
            }
        }
        return best;
    }

    /**
     * The least-squares line over {@code [a, b)} as {@code {slope, value at day a, value at day b − 1}} in units
     * of y, or {@code null} with fewer than two usable days.
     */
    double[] line(int a, int b) {
        double sw = w[b] - w[a];
        if (sw < 1.5) {
            return null;
        }
        double st = wt[b] - wt[a];
        double sy = wy[b] - wy[a];
        double vtt = wtt[b] - wtt[a] - st * st / sw;
        double vty = wty[b] - wty[a] - st * sy / sw;
        double slope = vtt > 0 ? vty / vtt : 0;
        double meanT = st / sw;
        double meanY = sy / sw + yMean;
        return new double[] {slope, meanY + slope * (a - origin - meanT), meanY + slope * (b - 1 - origin - meanT)};
    }

    /**
     * The continuous hinge {@code α + β·t + γ·(t − τ)₊} over {@code [a, b)}, two lines meeting at day {@code τ}
     * ({@code a < τ < b − 1}), written to {@code into} as {@code {β, β + γ, value at τ, residual sum of squares}}
     * without allocating (it runs for every candidate τ).
     *
     * @return false when the fit is not determined (too few usable days)
     */
    boolean hinge(int a, int tau, int b, double[] into) {
        double tc = tau - origin;
        double s0 = w[b] - w[a];
        double s1 = wt[b] - wt[a];
        double s2 = wtt[b] - wtt[a];
        double sy = wy[b] - wy[a];
        double sty = wty[b] - wty[a];
        double syy = wyy[b] - wyy[a];
        // Sums over the hinge's arm [τ, b), where h = t − τ.
        double h0 = w[b] - w[tau];
        double h1 = wt[b] - wt[tau] - tc * h0;
        double hh = wtt[b] - wtt[tau] - 2 * tc * (wt[b] - wt[tau]) + tc * tc * h0;
        double th = wtt[b] - wtt[tau] - tc * (wt[b] - wt[tau]);
        double hy = wty[b] - wty[tau] - tc * (wy[b] - wy[tau]);
        // Normal equations [[s0, s1, h1], [s1, s2, th], [h1, th, hh]] · (α, β, γ) = (sy, sty, hy), by cofactors.
        double m00 = s2 * hh - th * th;
        double m01 = h1 * th - s1 * hh;
        double m02 = s1 * th - h1 * s2;
        double det = s0 * m00 + s1 * m01 + h1 * m02;
        if (!(Math.abs(det) > 1e-9 * Math.abs(s0 * s2 * hh) + 1e-300)) {
            return false;
        }
        double m11 = s0 * hh - h1 * h1;
        double m12 = s1 * h1 - s0 * th;
        double m22 = s0 * s2 - s1 * s1;
        double alpha = (m00 * sy + m01 * sty + m02 * hy) / det;
        double beta = (m01 * sy + m11 * sty + m12 * hy) / det;
        double gamma = (m02 * sy + m12 * sty + m22 * hy) / det;
        into[0] = beta;
        into[1] = beta + gamma;
        into[2] = alpha + beta * tc + yMean;
        into[3] = Math.max(0, syy - (alpha * sy + beta * sty + gamma * hy));
        return true;
    }
}
