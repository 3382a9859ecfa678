package io.viralscope.plugins.shared;

import java.util.Arrays;
import java.util.List;

/**
 * How often unrelated jumps would line up by chance as well as a cluster's do, given how often the videos of this
 * cohort jump at all.
 *
 * <p>Jumps of unrelated videos fall on days independently. Among {@code j} jumps of a cluster, the weakest stands
 * {@code z_j} typical deviations out; the cohort's jumps at least that strong arrive at a rate of {@code N(z_j)/T} a
 * day over its {@code T} days, so on a cluster's span of {@code s} days their count is about Poisson with mean
 * {@code λ = s·N(z_j)/T}, and {@code j} or more of them line up with probability {@code P(X ≥ j)}. Every day is a
 * chance for such a line-up, so {@code T · min_j P(X ≥ j)} is how many days as remarkable chance alone would bring
 * into this report. Big cohorts of often-jumping videos need more (or stronger) videos on a day than a handful of
 * quiet ones: a pair of jumps in a 300-video catalogue is routine, in a comparison of two videos it is news.
 */
final class ChanceLineUp {

    private final double[] significances;
    private final long days;

    /**
     * @param videos every video of the cohort with its jumps
     */
    ChanceLineUp(List<VideoJumps> videos) {
        this.significances = videos.stream().flatMap(v -> v.jumps().stream()).mapToDouble(Jump::significance)
                .sorted().toArray();
        java.time.LocalDate first = null;
        java.time.LocalDate last = null;
        for (VideoJumps v : videos) {
            if (v.firstDay() != null) {
                first = first == null || v.firstDay().isBefore(first) ? v.firstDay() : first;
                last = last == null || v.lastDay().isAfter(last) ? v.lastDay() : last;
            }
        }
        this.days = first == null ? 0 : last.toEpochDay() - first.toEpochDay() + 1;
    }

    /** How many days as remarkable as {@code cluster} chance alone would bring into the cohort's days. */
    double expectedByChance(JumpCluster cluster) {
        double[] z = cluster.jumps().stream().mapToDouble(Jump::significance).sorted().toArray();
        double best = 1;
        for (int j = 2; j <= z.length; j++) {
            double weakest = z[z.length - j];
            double lambda = cluster.days() * (double) atLeast(weakest) / Math.max(1, days);
            best = Math.min(best, poissonTail(lambda, j));
        }
        return days * best;
    }

    /** The number of the cohort's jumps that stood at least {@code z} deviations out. */
    private int atLeast(double z) {
        int i = Arrays.binarySearch(significances, z);
        if (i < 0) {
            i = -i - 1;
        } else {
            while (i > 0 && significances[i - 1] == z) {
                i--;
            }
        }
        return significances.length - i;
    }

    /** P(X ≥ k) for X ~ Poisson(λ), summed from k upwards so tiny tails keep their precision. */
    static double poissonTail(double lambda, int k) {
        if (lambda <= 0) {
            return 0;
        }
        double logTerm = -lambda + k * Math.log(lambda) - logFactorial(k);
        double term = Math.exp(logTerm);
        double sum = 0;
        for (int i = k; i < k + 1000 && (term > sum * 1e-15 || i < lambda); i++) {
            sum += term;
            term *= lambda / (i + 1);
        }
        return Math.min(1, sum);
    }

    private static double logFactorial(int k) {
        double s = 0;
        for (int i = 2; i <= k; i++) {
            s += Math.log(i);
        }
        return s;
    }
}
