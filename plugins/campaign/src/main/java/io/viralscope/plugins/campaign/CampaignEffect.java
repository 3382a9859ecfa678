package io.viralscope.plugins.campaign;

/**
 * What a flight brought, by a fitted model: the views its stimulus bought directly, the views those set off in
 * turn (earned: viewers passing it on, the model's self-excited response to the paid-driven views), and the rest of
 * the series' views (baseline: what the video would have had anyway, with its own word of mouth).
 *
 * @param paidDriven views bought directly
 * @param earned     views earned from them, within the series
 * @param baseline   the series' other views
 * @param total      all views of the series
 */
record CampaignEffect(double paidDriven, double earned, double baseline, double total) {

    static CampaignEffect of(HipFit fit, CampaignInput in) {
        int n = in.days();
        double[] drive = new double[n];
        double paid = 0;
        double total = 0;
        for (int t = 0; t < n; t++) {
            drive[t] = fit.drive(in, t);
            paid += drive[t];
            total += in.views()[t];
        }
        double[] response = fit.kernel().response(drive, fit.branching());
        double earned = 0;
        for (int t = 0; t < n; t++) {
            earned += response[t] - drive[t];
        }
        return new CampaignEffect(paid, earned, Math.max(0, total - paid - earned), total);
    }

    /** Earned views per paid-driven view; NaN when nothing was bought. */
    double multiplier() {
        return paidDriven > 0 ? earned / paidDriven : Double.NaN;
    }

    /** Earned views over all views of the series. */
    double earnedShare() {
        return total > 0 ? earned / total : Double.NaN;
    }
}
