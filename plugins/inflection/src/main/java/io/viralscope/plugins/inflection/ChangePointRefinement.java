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

    static List<ChangePoint> refine(PiecewiseLinearCost cost, int[] changes, int n, double sigma, int minSegment) {
        int[] bounds = new int[changes.length + 2];
        bounds[0] = 0;
        System.arraycopy(changes, 0, bounds, 1, changes.length);
        bounds[bounds.length - 1] = n;
        boolean[] kink = new boolean[changes.length];
        double[][] hinges = new double[changes.length][];
        double[] fit = new double[4];
        for (int i = 1; i < bounds.length - 1; i++) {
            int a = bounds[i - 1];
            int c = bounds[i];
            int b = bounds[i + 1];
            double twoLines = cost.cost(a, c) + cost.cost(c, b);
            double bestHinge = Double.POSITIVE_INFINITY;
            int bestTau = c;
            double[] bestFit = null;
            for (int tau = a + minSegment - 1; tau <= b - minSegment; tau++) {
                if (cost.hinge(a, tau, b, fit) && fit[3] < bestHinge) {
                    bestHinge = fit[3];
                    bestTau = tau;
                    bestFit = fit.clone();
                }
            }
            if (bestFit != null && bestHinge <= twoLines + KINK_ALLOWANCE * sigma * sigma) {
                bounds[i] = bestTau;
                kink[i - 1] = true;
                hinges[i - 1] = bestFit;
            }
        }
        List<ChangePoint> result = new ArrayList<>(changes.length);
        for (int i = 1; i < bounds.length - 1; i++) {
            int day = bounds[i];
            if (kink[i - 1]) {
                double[] h = hinges[i - 1];
                result.add(new ChangePoint(day, true, h[0], h[1], h[2], h[2]));
            } else {
                double[] before = cost.line(bounds[i - 1], day);
                double[] after = cost.line(day, bounds[i + 1]);
                result.add(new ChangePoint(day, false, before == null ? 0 : before[0], after == null ? 0 : after[0],
                        before == null ? 0 : before[2], after == null ? 0 : after[1]));
            }
        }
        return result;
    }
}
