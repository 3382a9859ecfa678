package io.viralscope.plugins.inflection;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells a kink from a step at each PELT change point and places it. PELT's segments are independent lines, which
 * pin a level shift to the day but leave a pure change of growth rate loosely placed (moving the boundary a day
 * costs little when the lines nearly meet). So for each change, over the two segments around it, the continuous
 * hinge {@code α + β·t + γ·(t − τ)₊} is fitted for every admissible τ (O(1) each from the prefix sums); when its
 * best residual sum of squares is within {@code 9·σ̂²} (a 3σ allowance for the one parameter fewer) of the two free
 * lines', the change is a kink at the best τ, otherwise a step where PELT put it. Two-phase regression after Hinkley, "Inference about the
 * intersection in two-phase regression", Biometrika 56, 1969.
 */
final class ChangePointRefinement {

    private static final double KINK_ALLOWANCE = 9;

    private ChangePointRefinement() {
    }

    /**
     * Places the changes of a strided search to the day: two changes closer than two strides (one change seen from
     * two sides of a stride's grid) become one, taken in pairs so that a longer run of them keeps both ends of
     * what it brackets, and each change moves to the day within a stride either side that
     * best splits the segments around it (the two lines' residual sum of squares), keeping segments of at least
     * {@code minSegment} days.
     */
    static int[] place(PiecewiseLinearCost cost, int[] changes, int n, int minSegment, int stride) {
        int[] placed = new int[changes.length];
        int[] from = new int[changes.length];
        int[] to = new int[changes.length];
        int m = 0;
        for (int c : changes) {
            // pairs only: a run of stride-spaced changes is a short segment, such as a two-week boxcar, with two ends
            if (m > 0 && c - to[m - 1] < 2 * stride && from[m - 1] == to[m - 1]) {
                to[m - 1] = c;
            } else {
                from[m] = c;
                to[m] = c;
                placed[m++] = c;
            }
        }
        for (int i = 0; i < m; i++) {
            int a = i == 0 ? 0 : placed[i - 1];
            int b = i == m - 1 ? n : from[i + 1];
            int best = -1;
            double bestCost = Double.POSITIVE_INFINITY;
            for (int c = Math.max(a + minSegment, from[i] - stride); c <= Math.min(b - minSegment, to[i] + stride);
                    c++) {
                double v = cost.cost(a, c) + cost.cost(c, b);
                if (v < bestCost) {
                    bestCost = v;
                    best = c;
                }
            }
            placed[i] = best < 0 ? from[i] : best;
        }
        return java.util.Arrays.copyOf(placed, m);
    }

    /** √gain / σ, the change's height over the noise in the manner of a z score. */
    private static double significance(double gain, double sigma) {
        return Math.sqrt(Math.max(0, gain)) / sigma;
    }

    static List<ChangePoint> refine(PiecewiseLinearCost cost, int[] changes, int n, double sigma, int minSegment) {
        int[] bounds = new int[changes.length + 2];
        bounds[0] = 0;
        System.arraycopy(changes, 0, bounds, 1, changes.length);
        bounds[bounds.length - 1] = n;
        boolean[] kink = new boolean[changes.length];
        double[][] hinges = new double[changes.length][];
        double[] gain = new double[changes.length];
        double[] fit = new double[4];
        for (int i = 1; i < bounds.length - 1; i++) {
            int a = bounds[i - 1];
            int c = bounds[i];
            int b = bounds[i + 1];
            double twoLines = cost.cost(a, c) + cost.cost(c, b);
            double[] bestFit = new double[4];
            int bestTau = bestHinge(cost, a, b, minSegment, fit, bestFit);
            double oneLine = cost.cost(a, b);
            if (bestTau >= 0 && bestFit[3] <= twoLines + KINK_ALLOWANCE * sigma * sigma) {
                bounds[i] = bestTau;
                kink[i - 1] = true;
                hinges[i - 1] = bestFit;
                gain[i - 1] = oneLine - bestFit[3];
            } else {
                gain[i - 1] = oneLine - twoLines;
            }
        }
        return changePoints(cost, bounds, kink, hinges, gain, sigma);
    }

    /**
     * The τ of the best continuous hinge over {@code [a, b)} (segments of at least {@code minSegment} days either
     * side), its fit copied to {@code best}; −1 when no hinge is determined. {@code fit} is scratch.
     */
    private static int bestHinge(PiecewiseLinearCost cost, int a, int b, int minSegment, double[] fit,
                                 double[] best) {
        double bestRss = Double.POSITIVE_INFINITY;
        int bestTau = -1;
        for (int tau = a + minSegment - 1; tau <= b - minSegment; tau++) {
            if (cost.hinge(a, tau, b, fit) && fit[3] < bestRss) {
                bestRss = fit[3];
                bestTau = tau;
                System.arraycopy(fit, 0, best, 0, 4);
            }
        }
        return bestTau;
    }

    private static List<ChangePoint> changePoints(PiecewiseLinearCost cost, int[] bounds, boolean[] kink,
                                                  double[][] hinges, double[] gain, double sigma) {
        List<ChangePoint> result = new ArrayList<>(bounds.length - 2);
        for (int i = 1; i < bounds.length - 1; i++) {
            int day = bounds[i];
            if (kink[i - 1]) {
                double[] h = hinges[i - 1];
                result.add(new ChangePoint(day, true, h[0], h[1], h[2], h[2], significance(gain[i - 1], sigma)));
            } else {
                double[] before = cost.line(bounds[i - 1], day);
                double[] after = cost.line(day, bounds[i + 1]);
                result.add(new ChangePoint(day, false, before == null ? 0 : before[0], after == null ? 0 : after[0],
                        before == null ? 0 : before[2], after == null ? 0 : after[1],
                        significance(gain[i - 1], sigma)));
            }
        }
        return result;
    }
}
