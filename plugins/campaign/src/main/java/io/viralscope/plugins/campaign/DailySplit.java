package io.viralscope.plugins.campaign;

/**
 * Each day's views split as the flight's effect is ({@link ModelAverage}): the views the stimulus bought that day,
 * the views earlier paid-driven views set off that day (earned), and the rest of the day's views (baseline, never
 * below zero). The three add up to the day's views except where the model's paid and earned views exceed them.
 *
 * @param baseline   baseline views of each day
 * @param paidDriven paid-driven views of each day
 * @param earned     earned views of each day
 */
record DailySplit(double[] baseline, double[] paidDriven, double[] earned) {

    /** The split of {@code in}'s days given each day's paid-driven and earned views. */
    static DailySplit of(CampaignInput in, double[] paidDriven, double[] earned) {
        double[] baseline = new double[in.days()];
        for (int t = 0; t < baseline.length; t++) {
            baseline[t] = Math.max(0, in.views()[t] - paidDriven[t] - earned[t]);
        }
        return new DailySplit(baseline, paidDriven, earned);
    }
}
