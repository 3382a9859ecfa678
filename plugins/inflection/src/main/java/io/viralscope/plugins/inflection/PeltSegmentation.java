package io.viralscope.plugins.inflection;

/**
 * Optimal segmentation by PELT, Pruned Exact Linear Time (Killick, Fearnhead &amp; Eckley, "Optimal detection of
 * changepoints with a linear computational cost", JASA 107, 2012): it minimises
 * {@code Σ cost(segment) + β·(number of changes)} exactly, over segments of at least {@code minSegment} days,
 * and drops every candidate last change {@code t} once {@code F(t) + cost(t, s) > F(s)} (their Theorem 3.1 with
 * K = 0, valid for a residual-sum-of-squares cost). With change points spread through the series the candidate
 * set stays small and the work is linear in the number of days.
 */
final class PeltSegmentation {

    private PeltSegmentation() {
    }

    /**
     * The optimal segmentation.
     *
     * @param changes     the first day of every segment after the first, in increasing order
     * @param evaluations number of segment costs computed (linear in n in practice)
     */
    record Result(int[] changes, long evaluations) {
    }

    /**
     * Segments {@code n} days.
     *
     * @param cost       segment cost over {@code [a, b)}
     * @param n          number of days
     * @param penalty    β, the cost of one more change
     * @param minSegment shortest segment, in days ({@code >= 2})
     */
    static Result segment(PiecewiseLinearCost cost, int n, double penalty, int minSegment) {
        return segment(cost, n, penalty, minSegment, 1);
    }

    /**
     * Segments {@code n} days with changes only on multiples of {@code stride} days: on a long series with few
     * changes PELT prunes little and its work grows as n², and a stride of a week divides it by about 50. The
     * caller places each change to the day afterwards.
     */
    static Result segment(PiecewiseLinearCost cost, int n, double penalty, int minSegment, int stride) {
        int minStrided = (minSegment + stride - 1) / stride * stride;
        if (n < 2 * minStrided) {
            return new Result(new int[0], 0);
        }
        long evaluations = 0;
        double[] best = new double[n + 1];
        int[] last = new int[n + 1];
        int[] candidates = new int[n + 1];
        int count = 1;
        candidates[0] = 0;
        best[0] = -penalty;
        double[] scratch = new double[n + 1];
        int nextFresh = minStrided;
        for (int s = minStrided; s <= n; s = s + stride > n && s < n ? n : s + stride) {
            int fresh = s - minStrided;
            if (fresh >= nextFresh && fresh % stride == 0) {
                candidates[count++] = fresh;
                nextFresh = fresh + stride;
            }
            evaluations += count;
            int argMin = cost.addCostsEndingAt(s, candidates, count, best, scratch);
            double min = scratch[argMin];
            best[s] = min + penalty;
            last[s] = candidates[argMin];
            count = prune(candidates, count, scratch, best[s]);
        }
        return new Result(changes(last, n), evaluations);
    }

    /** Keeps the candidates whose {@code F(t) + cost(t, s)} is at most {@code bound}; returns how many. */
    private static int prune(int[] candidates, int count, double[] costs, double bound) {
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (costs[i] <= bound) {
                candidates[kept++] = candidates[i];
            }
        }
        return kept;
    }

    /** The changes of the optimal segmentation of {@code n} days, in increasing order, from each end's last change. */
    private static int[] changes(int[] last, int n) {
        int m = 0;
        for (int s = last[n]; s > 0; s = last[s]) {
            m++;
        }
        int[] changes = new int[m];
        for (int s = last[n]; s > 0; s = last[s]) {
            changes[--m] = s;
        }
        return changes;
    }
}
