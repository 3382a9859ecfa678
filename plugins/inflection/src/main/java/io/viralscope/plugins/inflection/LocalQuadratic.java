package io.viralscope.plugins.inflection;

/**
 * Weighted least-squares parabola {@code y ≈ β0 + β1·u + β2·u²}, {@code u = t − centre}, over a window of days:
 * the local polynomial smoother of Savitzky &amp; Golay (Analytical Chemistry 36, 1964) evaluated at its vertex.
 *
 * @param b0          β0
 * @param b1          β1
 * @param b2          β2 (negative for a maximum)
 * @param b2Error     standard error of β2 from the residuals
 * @param centre      the day u is measured from
 */
record LocalQuadratic(double b0, double b1, double b2, double b2Error, int centre) {

    /** The fit over days {@code [from, to]}, or {@code null} with fewer than five weighted days. */
    static LocalQuadratic fit(double[] y, double[] weight, int centre, int from, int to) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, r0 = 0, r1 = 0, r2 = 0, yy = 0;
        for (int t = from; t <= to; t++) {
            double w = weight[t];
            if (w == 0) {
                continue;
            }
            double u = t - centre;
            double u2 = u * u;
            s0 += w;
            s1 += w * u;
            s2 += w * u2;
            s3 += w * u2 * u;
            s4 += w * u2 * u2;
            r0 += w * y[t];
            r1 += w * u * y[t];
            r2 += w * u2 * y[t];
            yy += w * y[t] * y[t];
        }
        if (s0 < 4.5) {
            return null;
        }
        // Inverse of [[s0, s1, s2], [s1, s2, s3], [s2, s3, s4]] by cofactors.
        double c00 = s2 * s4 - s3 * s3;
        double c01 = s2 * s3 - s1 * s4;
        double c02 = s1 * s3 - s2 * s2;
        double det = s0 * c00 + s1 * c01 + s2 * c02;
        if (!(Math.abs(det) > 1e-12 * s0 * s2 * s4)) {
            return null;
        }
        double c11 = s0 * s4 - s2 * s2;
        double c12 = s1 * s2 - s0 * s3;
        double c22 = s0 * s2 - s1 * s1;
        double b0 = (c00 * r0 + c01 * r1 + c02 * r2) / det;
        double b1 = (c01 * r0 + c11 * r1 + c12 * r2) / det;
        double b2 = (c02 * r0 + c12 * r1 + c22 * r2) / det;
        double rss = Math.max(0, yy - (b0 * r0 + b1 * r1 + b2 * r2));
        double variance = rss / Math.max(1, s0 - 3);
        double b2Error = Math.sqrt(Math.max(0, variance * c22 / det));
        return new LocalQuadratic(b0, b1, b2, b2Error, centre);
    }

    /** Offset of the vertex from the centre, in days; meaningful when β2 &lt; 0. */
    double vertexOffset() {
        return -b1 / (2 * b2);
    }

    /** The parabola at offset {@code u}. */
    double at(double u) {
        return b0 + u * (b1 + u * b2);
    }
}
