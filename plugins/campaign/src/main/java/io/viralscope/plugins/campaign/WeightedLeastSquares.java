package io.viralscope.plugins.campaign;

/**
 * Weighted least squares for a handful of columns, by the normal equations and Gaussian elimination with partial
 * pivoting: the campaign model has at most ten, so nothing heavier is needed.
 */
final class WeightedLeastSquares {

    private WeightedLeastSquares() {
    }

    /**
     * The coefficients minimising {@code Σ_t w_t·(y_t − Σ_j β_j·X[j][t])²} over the rows with {@code w_t > 0}, or
     * {@code null} when the columns are collinear on those rows.
     *
     * @param columns {@code X[j][t]}
     */
    static double[] solve(double[][] columns, double[] y, double[] w) {
        int p = columns.length;
        double[][] a = new double[p][p + 1];
        for (int t = 0; t < y.length; t++) {
            if (!(w[t] > 0)) {
                continue;
            }
            for (int i = 0; i < p; i++) {
                double wi = w[t] * columns[i][t];
                for (int j = i; j < p; j++) {
                    a[i][j] += wi * columns[j][t];
                }
                a[i][p] += wi * y[t];
            }
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < i; j++) {
                a[i][j] = a[j][i];
            }
        }
        for (int col = 0; col < p; col++) {
            int pivot = col;
            for (int r = col + 1; r < p; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double scale = Math.abs(a[col][col]) + Math.abs(a[pivot][col]);
            if (Math.abs(a[pivot][col]) <= 1e-12 * Math.max(1e-300, scale) || a[pivot][col] == 0) {
                return null;
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            for (int r = col + 1; r < p; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c <= p; c++) {
                    a[r][c] -= f * a[col][c];
                }
            }
        }
        double[] beta = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double s = a[i][p];
            for (int j = i + 1; j < p; j++) {
                s -= a[i][j] * beta[j];
            }
            beta[i] = s / a[i][i];
        }
        return beta;
    }
}
