package io.viralscope.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A critical cascade driven by a steady background, simulated view by view: an independent generator, sharing no
 * code or discretisation with {@link SelfExcitingCascade} nor with any detector's model.
 *
 * <p>A continuous-time Hawkes process built by its cluster (branching) representation (Hawkes &amp; Oakes 1974):
 * background views arrive as a Poisson process of a constant rate μ (5 to 50 a day, log-uniform); every view, from
 * the background or not, brings a Poisson number of further views of mean n (0.97 to 1.0: critical), each after a
 * delay drawn from a Lomax distribution, {@code P(D > t) = (1 + t/c)^−θ}, whose density has the power-law tail
 * {@code t^−(1+θ)} of Crane &amp; Sornette's memory kernel (θ 0.3–0.5, c 0.1–1 day). There is no shock: the
 * cascades of a near-critical audience pile up, so views grow steadily and burstily, as {@code t^θ} on average,
 * with the largest days late in the window. Daily views are the views counted in each day; the count noise is the
 * process's own.
 *
 * <p>The expected views of each day (for the ground truth's peak) are those the background and the views of the
 * days before bring: {@code μ + n·Σ_s x_s·P(D lands in the day)}, with each earlier day's views placed at its
 * middle (the offspring landing on their own day are left out: a floor, used only to date the peak).
 */
final class SteadyBackgroundCascade {

    /** Most views simulated: far above what n ≤ 1 and μ ≤ 50 produce in ten years, a guard, not a limit met. */
    private static final long MAX_VIEWS = 50_000_000L;

    private SteadyBackgroundCascade() {
    }

    static Trajectory generate(int days, CountSampler draws, CountSampler noise) {
        double n = draws.uniform(0.97, 1.0);
        double background = draws.logUniform(5, 50);
        double theta = draws.uniform(0.3, 0.5);
        double shift = draws.uniform(0.1, 1.0);

        long[] daily = new long[days];
        // every view's time, in the order drawn; views from head on still have their offspring to draw
        double[] queue = new double[1024];
        int head = 0;
        int tail = 0;
        double t = 0;
        while (true) {
            t += -Math.log(1 - noise.uniform()) / background;
            if (t >= days) {
                break;
            }
            queue = push(queue, tail, t);
            tail++;
        }
        long total = 0;
        while (head < tail && total < MAX_VIEWS) {
            double at = queue[head++];
            daily[(int) at]++;
            total++;
            long children = noise.poisson(n);
            for (long k = 0; k < children; k++) {
                double delay = shift * (Math.pow(1 - noise.uniform(), -1 / theta) - 1);
                double child = at + delay;
                if (child < days) {
                    queue = push(queue, tail, child);
                    tail++;
                }
            }
        }

        double[] expected = expected(daily, background, n, theta, shift);
        Map<String, Double> parameters = new LinkedHashMap<>();
        parameters.put("branching_ratio", n);
        parameters.put("background_daily_views", background);
        parameters.put("theta", theta);
        parameters.put("kernel_shift_days", shift);
        return new Trajectory(0, daily, expected, parameters, List.of(), null, null, n, null, null);
    }

    private static double[] push(double[] queue, int tail, double value) {
        double[] q = tail < queue.length ? queue : java.util.Arrays.copyOf(queue, queue.length * 2);
        q[tail] = value;
        return q;
    }

    /** Expected views of each day given the days before: the background plus the earlier views' offspring. */
    private static double[] expected(long[] daily, double background, double n, double theta, double shift) {
        int days = daily.length;
        // survival of the delay at each half-day lag: P(D > lag − 0.5) for a view placed mid-day
        double[] survival = new double[days + 1];
        for (int lag = 0; lag <= days; lag++) {
            double d = Math.max(0, lag - 0.5);
            survival[lag] = Math.pow(1 + d / shift, -theta);
        }
        double[] expected = new double[days];
        for (int k = 0; k < days; k++) {
            double offspring = 0;
            for (int s = 0; s < k; s++) {
                offspring += daily[s] * (survival[k - s] - survival[k - s + 1]);
            }
            expected[k] = background + n * offspring;
        }
        return expected;
    }
}
