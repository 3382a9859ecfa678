package io.viralscope.plugins.campaign;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits {@link HipFit} to one series: for each memory shape on a small grid of θ and c, the rest of the model is
 * linear in its coefficients given the views seen (conditional least squares, as for Hawkes and INAR processes), so
 * it is solved by weighted least squares on the days around the flight ({@link CampaignInput#fitted}), re-weighted
 * twice by the fitted day ({@code 1/λ}), the stimulus weighted by the baseline's weekly rhythm of the pass before;
 * coefficients that leave their range (a negative sensitivity or branching ratio, a branching ratio of 1 or more)
 * are fixed at the bound and the rest solved again. The shape with the least weighted residual wins.
 *
 * <p>What identifies the flight's echo is what its extra views do after it: before it, a steady level of views is
 * as well explained by a higher baseline as by more self-excitation; after it, an echo outlives the stimulus and
 * fades with the memory, so views back at their usual level the day after the flight leave it no room. The memory
 * of the flight's extra views has its own branching ratio ({@link MemoryKernel#split}), so the usual days' drifts
 * cannot lend the flight an echo.
 */
final class HipFitter {

    static final double[] THETAS = {0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0};
    static final double[] SHIFTS = {0.5, 0.75, 1, 1.5, 2, 3, 4};
    /** A coarser grid for the bootstrap's replicates: their spread, not their best shape, is what counts. */
    static final double[] REPLICATE_THETAS = {0.2, 0.4, 0.6, 0.8};
    static final double[] REPLICATE_SHIFTS = {0.5, 1, 2, 4};
    static final double MAX_BRANCHING = 0.98;
    /** Memory beyond a year adds nothing the pre-series term does not. */
    static final int MAX_LAGS = 365;
    private static final int REWEIGHTINGS = 3;
    /** The least change, over the fitted days, of the memory before day 0 for it to be told from the baseline. */
    private static final double MIN_HISTORY_CHANGE = 0.01;

    private HipFitter() {
    }

    /** The best fit over the kernel grid. */
    static HipFit fit(CampaignInput in) {
        HipFit best = null;
        for (HipFit f : fits(in)) {
            if (best == null || f.deviance() < best.deviance()) {
                best = f;
            }
        }
        return best;
    }

    /** The fit of every kernel shape on the grid (collinear ones left out). */
    static List<HipFit> fits(CampaignInput in) {
        return fits(in, THETAS, SHIFTS);
    }

    /** The fit of every kernel shape on a grid (collinear ones left out). */
    static List<HipFit> fits(CampaignInput in, double[] thetas, double[] shifts) {
        List<HipFit> fits = new ArrayList<>();
        for (double theta : thetas) {
            for (double shift : shifts) {
                HipFit f = fit(in, new MemoryKernel(theta, shift, Math.min(in.days(), MAX_LAGS)));
                if (f != null) {
                    fits.add(f);
                }
            }
        }
        return fits;
    }

    /** The fit with one kernel shape, or {@code null} when the columns are collinear. */
    static HipFit fit(CampaignInput in, MemoryKernel kernel) {
        return fit(in, kernel, memory(in, kernel), null);
    }

    /**
     * The fits with the branching ratio held at each of {@code branchings}, for every kernel shape on a grid: the
     * profile of the fit along the trade-off between views bought directly and views set off, which a flat flight
     * leaves loosely tied (collinear fits left out).
     */
    static List<HipFit> profile(CampaignInput in, double[] thetas, double[] shifts, double[] branchings) {
        List<HipFit> fits = new ArrayList<>();
        for (double theta : thetas) {
            for (double shift : shifts) {
                MemoryKernel kernel = new MemoryKernel(theta, shift, Math.min(in.days(), MAX_LAGS));
                double[][] memory = memory(in, kernel);
                for (double n : branchings) {
                    HipFit f = fit(in, kernel, memory, n);
                    if (f != null) {
                        fits.add(f);
                    }
                }
            }
        }
        return fits;
    }

    private static HipFit fit(CampaignInput in, MemoryKernel kernel, double[][] memory, Double fixedBranching) {
        int n = in.days();
        double[] x = in.views();
        double[] weights = new double[n];
        for (int t = 0; t < n; t++) {
            weights[t] = in.fitted(t) ? 1 / Math.max(1, localMean(x, t)) : 0;
        }
        double[][] baseline = baselineColumns(in);
        Coefficients c = null;
        double[] rhythm = HipFit.FLAT_RHYTHM;
        for (int pass = 0; pass < REWEIGHTINGS; pass++) {
            if (c != null) {
                rhythm = HipFit.rhythm(c.weekdays, in.levelBefore());
            }
            c = solve(in, kernel, memory, weights, baseline, fixedBranching, rhythm);
            if (c == null) {
                return null;
            }
            for (int t = 0; t < n; t++) {
                if (weights[t] > 0) {
                    weights[t] = 1 / Math.max(1, c.lambda[t]);
                }
            }
        }
        double deviance = 0;
        double excess = 0;
        double square = 0;
        for (int t = 0; t < n; t++) {
            if (weights[t] > 0) {
                double r = x[t] - c.lambda[t];
                deviance += r * r * weights[t];
                excess += r * r - c.lambda[t];
                square += c.lambda[t] * c.lambda[t];
            }
        }
        double size = excess > 0 ? Math.min(1e6, Math.max(5, square / excess)) : 1e6;
        return new HipFit(kernel, c.baseline, c.weekdays, c.history, c.sensitivity, c.branching, c.usualBranching,
                deviance, size, rhythm);
    }

    /** The memory of the usual views and of the flight's extra views, on the fitted days. */
    private static double[][] memory(CampaignInput in, MemoryKernel kernel) {
        return kernel.split(in.views(), in.flightFirst(), in.levelBefore(), in.fitFirst(), in.fitLast());
    }

    private static double localMean(double[] x, int t) {
        double s = 0;
        int m = 0;
        for (int k = Math.max(0, t - 3); k <= Math.min(x.length - 1, t + 3); k++) {
            s += x[k];
            m++;
        }
        return s / m;
    }

    /** The coefficients of one weighted fit, with out-of-range ones fixed at their bounds. */
    private static final class Coefficients {
        double baseline;
        double[] weekdays = new double[7];
        double history;
        double sensitivity;
        double branching;
        double usualBranching;
        double[] lambda;
    }

    /** The baseline's columns, the same for every kernel and pass: a constant, then Tuesday..Sunday indicators. */
    private static double[][] baselineColumns(CampaignInput in) {
        int n = in.days();
        double[][] columns = new double[7][n];
        java.util.Arrays.fill(columns[0], 1);
        for (int t = 0; t < n; t++) {
            int d = in.weekday()[t];
            if (d > 0) {
                columns[d][t] = 1;
            }
        }
        return columns;
    }

    private static Coefficients solve(CampaignInput in, MemoryKernel kernel, double[][] memory, double[] weights,
                                      double[][] baseline, Double heldBranching, double[] rhythm) {
        int n = in.days();
        double[] x = in.views();
        boolean paidObserved = in.paidViewsObserved();
        double[] history = new double[n];
        double[] stimulus = new double[n];
        for (int t = 0; t < n; t++) {
            history[t] = kernel.beyond(t);
            stimulus[t] = in.stimulus()[t] * rhythm[in.weekday()[t]];
        }
        Double fixedBranching = heldBranching;
        Double fixedUsual = null;
        Double fixedSensitivity = paidObserved ? 1.0 : null;
        // deep into a long series the memory of views before day 0 is the same on every fitted day: the baseline
        boolean fixedHistory = kernel.beyond(in.fitFirst()) - kernel.beyond(in.fitLast()) < MIN_HISTORY_CHANGE;
        for (int attempt = 0; attempt < 6; attempt++) {
            List<double[]> columns = new ArrayList<>(List.of(baseline));
            int historyAt = fixedHistory ? -1 : columns.size();
            if (!fixedHistory) {
                columns.add(history);
            }
            int stimulusAt = fixedSensitivity != null ? -1 : columns.size();
            if (fixedSensitivity == null) {
                columns.add(stimulus);
            }
            int usualAt = fixedUsual != null ? -1 : columns.size();
            if (fixedUsual == null) {
                columns.add(memory[0]);
            }
            int memoryAt = fixedBranching != null ? -1 : columns.size();
            if (fixedBranching == null) {
                columns.add(memory[1]);
            }
            double[] y = new double[n];
            for (int t = 0; t < n; t++) {
                double drive = paidObserved ? in.paidViews()[t] : (fixedSensitivity != null
                        ? fixedSensitivity * stimulus[t] : 0);
                y[t] = x[t] - drive - (fixedBranching != null ? fixedBranching * memory[1][t] : 0)
                        - (fixedUsual != null ? fixedUsual * memory[0][t] : 0);
            }
            double[] beta = WeightedLeastSquares.solve(columns.toArray(double[][]::new), y, weights);
            if (beta == null && usualAt >= 0) {
                // a steady baseline: its memory is its level, which the constant already holds
                fixedUsual = 0.0;
                continue;
            }
            if (beta == null) {
                return null;
            }
            boolean refit = false;
            if (usualAt >= 0 && (beta[usualAt] < 0 || beta[usualAt] > MAX_BRANCHING)) {
                fixedUsual = beta[usualAt] < 0 ? 0 : MAX_BRANCHING;
                refit = true;
            }
            if (historyAt >= 0 && beta[historyAt] < 0) {
                fixedHistory = true;
                refit = true;
            }
            if (stimulusAt >= 0 && beta[stimulusAt] < 0) {
                fixedSensitivity = 0.0;
                refit = true;
            }
            if (memoryAt >= 0 && (beta[memoryAt] < 0 || beta[memoryAt] > MAX_BRANCHING)) {
                fixedBranching = beta[memoryAt] < 0 ? 0 : MAX_BRANCHING;
                refit = true;
            }
            if (refit) {
                continue;
            }
            Coefficients c = new Coefficients();
            c.baseline = beta[0];
            for (int d = 1; d < 7; d++) {
                c.weekdays[d] = beta[d];
            }
            c.history = historyAt >= 0 ? beta[historyAt] : 0;
            c.sensitivity = stimulusAt >= 0 ? beta[stimulusAt] : fixedSensitivity;
            c.branching = memoryAt >= 0 ? beta[memoryAt] : fixedBranching;
            c.usualBranching = usualAt >= 0 ? beta[usualAt] : fixedUsual;
            c.lambda = new double[n];
            for (int t = 0; t < n; t++) {
                double drive = paidObserved ? in.paidViews()[t] : c.sensitivity * stimulus[t];
                c.lambda[t] = Math.max(0, c.baseline + c.weekdays[in.weekday()[t]] + c.history * history[t] + drive
                        + c.usualBranching * memory[0][t] + c.branching * memory[1][t]);
            }
            return c;
        }
        return null;
    }
}
