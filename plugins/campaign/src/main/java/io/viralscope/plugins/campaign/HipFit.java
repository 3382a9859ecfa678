package io.viralscope.plugins.campaign;

/**
 * One fit of the campaign model: {@code x_t = b + d_{w(t)} + h·H_t + μ·r_{w(t)}·s_t + n_u·U_t + n·F_t} (HIP's daily
 * form with a baseline): a baseline {@code b} with weekday offsets {@code d}, the memory of views before the series
 * ({@code H_t}, the kernel's mass beyond lag t), the paid stimulus {@code s} with sensitivity {@code μ} and the
 * baseline's weekly rhythm {@code r} (1 and the observed paid views when YouTube's traffic sources say how many came
 * from advertising), and the self-excitation of every earlier view, split at the flight's first day ({@link
 * MemoryKernel#split}): {@code U} the memory of the usual views, with their own branching ratio {@code n_u}, and
 * {@code F} the memory of the flight's extra views, with the flight's, {@code n}. With {@code n_u = n} it is the
 * single-ratio model; apart, the usual days' drifts (a December, a slow decline) cannot lend the flight an echo its
 * own days after it do not show.
 *
 * @param kernel      the memory kernel's shape
 * @param baseline    b, views a day (the Monday level; weekdays add {@code weekdayOffsets})
 * @param weekdayOffsets d for Monday..Sunday (Monday 0)
 * @param history     h
 * @param sensitivity μ
 * @param branching   n, the flight's: what its extra views set off
 * @param usualBranching n_u, the usual views'
 * @param deviance    the weighted residual sum of squares the kernel was chosen by
 * @param size        the negative binomial size of the day-to-day noise (variance λ + λ²/size)
 * @param rhythm      the weekly rhythm the stimulus buys views by, Monday first, mean 1 ({@link #rhythm(double[],
 *                    double)}: the baseline's, from the fit before the last re-weighting)
 */
record HipFit(MemoryKernel kernel, double baseline, double[] weekdayOffsets, double history, double sensitivity,
              double branching, double usualBranching, double deviance, double size, double[] rhythm) {

    /** No weekly rhythm: every weekday's factor 1. */
    static final double[] FLAT_RHYTHM = {1, 1, 1, 1, 1, 1, 1};

    /**
     * The baseline's weekly rhythm as factors of mean 1, Monday first: the paid stimulus buys more views at
     * weekends as the video gets more anyway (people watch more then, whatever brought it to them). Without it, a
     * long flight's weekend swell reads as views setting off views from one day to the next. The weekday offsets
     * are in views, so they are read against {@code level}, the video's mean day before the flight.
     */
    static double[] rhythm(double[] weekdayOffsets, double level) {
        double mean = 0;
        for (double d : weekdayOffsets) {
            mean += d / 7;
        }
        double[] r = new double[7];
        for (int w = 0; w < 7; w++) {
            r[w] = level > 0 ? Math.min(2, Math.max(0.5, 1 + (weekdayOffsets[w] - mean) / level)) : 1;
        }
        return r;
    }

    /** The expected views of every fitted day given the views seen before it (0 on the other days). */
    double[] expected(CampaignInput in) {
        double[][] memory = kernel.split(in.views(), in.flightFirst(), in.levelBefore(), in.fitFirst(), in.fitLast());
        double[] lambda = new double[in.days()];
        for (int t = in.fitFirst(); t <= in.fitLast(); t++) {
            lambda[t] = baselineOf(in, t) + drive(in, t) + usualBranching * memory[0][t] + branching * memory[1][t];
        }
        return lambda;
    }

    /** The baseline part of day t: b, its weekday's offset and the memory of views before the series. */
    double baselineOf(CampaignInput in, int t) {
        return baseline + weekdayOffsets[in.weekday()[t]] + history * kernel.beyond(t);
    }

    /** The views the paid stimulus bought directly on day t. */
    double drive(CampaignInput in, int t) {
        return in.paidViewsObserved() ? in.paidViews()[t]
                : sensitivity * in.stimulus()[t] * rhythm[in.weekday()[t]];
    }
}
