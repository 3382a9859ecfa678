package io.viralscope.plugins.campaign;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The flight's effect with 80% intervals, by a parametric bootstrap: replicate series are drawn from the best fit
 * (each day's views its expected value given the replicate's own earlier days, plus one of the series' own
 * standardised residuals scaled to that day's noise), each is fitted again over every kernel shape, and the
 * percentiles of the replicates' answers bound the estimate, widened to every answer the series cannot rule out along
 * the trade-off between views bought and views set off ({@link TradeOff}). The replicates are seeded, so a series
 * always gets the same interval.
 *
 * @param paidDriven views the stimulus bought directly
 * @param earned     views those set off within the series
 * @param baseline   the series' other views
 * @param multiplier earned views per paid-driven view
 * @param share      earned views over all the series' views
 * @param fit        the best single fit (its branching ratio and kernel, for the summary)
 * @param lift       false when the paid-driven views cannot be told from none: their 80% interval reaches below
 *                   {@value #NO_LIFT_SHARE} of the views of the flight's days
 * @param daily      the estimate day by day, for the report's chart
 */
record CampaignEstimate(Interval paidDriven, Interval earned, Interval baseline, Interval multiplier,
                        Interval share, HipFit fit, boolean lift, DailySplit daily) {

    static final int REPLICATES = 39;
    static final double NO_LIFT_SHARE = 0.05;

    static CampaignEstimate of(CampaignInput in) {
        List<HipFit> fits = HipFitter.fits(in);
        HipFit best = fits.stream().min(java.util.Comparator.comparingDouble(HipFit::deviance)).orElseThrow();
        int rows = in.fittedDays();
        CampaignEffect point = ModelAverage.of(fits, in, rows);
        double[] residuals = standardisedResiduals(best, in);
        SplittableRandom random = new SplittableRandom(42);
        double[] paid = new double[REPLICATES];
        double[] earned = new double[REPLICATES];
        double[] baseline = new double[REPLICATES];
        double[] multiplier = new double[REPLICATES];
        double[] share = new double[REPLICATES];
        for (int b = 0; b < REPLICATES; b++) {
            CampaignInput replicate = replicate(best, in, residuals, random);
            List<HipFit> again = HipFitter.fits(replicate, HipFitter.REPLICATE_THETAS, HipFitter.REPLICATE_SHIFTS);
            if (again.isEmpty()) {
                paid[b] = earned[b] = baseline[b] = multiplier[b] = share[b] = Double.NaN;
                continue;
            }
            CampaignEffect e = ModelAverage.of(again, replicate, rows);
            paid[b] = e.paidDriven();
            earned[b] = e.earned();
            baseline[b] = e.baseline();
            multiplier[b] = e.multiplier();
            share[b] = e.earnedShare();
        }
        // the replicates scatter around the best fit only; along the trade-off between bought and set-off views
        // the data may allow much more, and the interval must say so
        TradeOff tradeOff = TradeOff.of(in, fits, rows);
        Interval paidInterval = tradeOff.widenPaid(Interval.of(point.paidDriven(), paid));
        double flightViews = 0;
        for (int t = in.flightFirst(); t <= in.flightLast(); t++) {
            flightViews += in.views()[t];
        }
        boolean lift = paidInterval.low() > NO_LIFT_SHARE * flightViews;
        return new CampaignEstimate(paidInterval, tradeOff.widenEarned(Interval.of(point.earned(), earned)),
                Interval.of(point.baseline(), baseline),
                tradeOff.widenMultiplier(Interval.of(point.multiplier(), multiplier)),
                tradeOff.widenShare(Interval.of(point.earnedShare(), share)), best, lift,
                ModelAverage.daily(fits, in, rows));
    }

    /** Each used day's residual over the noise the fit expects there (variance λ + λ²/size). */
    private static double[] standardisedResiduals(HipFit fit, CampaignInput in) {
        double[] lambda = fit.expected(in);
        return java.util.stream.IntStream.range(0, in.days()).filter(in::fitted)
                .mapToDouble(t -> (in.views()[t] - lambda[t]) / noise(lambda[t], fit.size())).toArray();
    }

    private static double noise(double lambda, double size) {
        return Math.sqrt(Math.max(1, lambda + lambda * lambda / size));
    }

    /**
     * A series drawn from {@code fit} over the fitted days, day by day, with the residuals of the real one; the days
     * before are the real ones (the fit is conditional on them), and so are the days after, which are not fitted.
     */
    private static CampaignInput replicate(HipFit fit, CampaignInput in, double[] residuals,
                                           SplittableRandom random) {
        double[] x = in.views().clone();
        MemoryKernel kernel = fit.kernel();
        double level = in.levelBefore();
        for (int t = in.fitFirst(); t <= in.fitLast(); t++) {
            double usual = 0;
            double extra = 0;
            for (int tau = 1; tau <= Math.min(t, HipFitter.MAX_LAGS); tau++) {
                int u = t - tau;
                if (u >= in.flightFirst()) {
                    usual += kernel.at(tau) * level;
                    extra += kernel.at(tau) * (x[u] - level);
                } else {
                    usual += kernel.at(tau) * x[u];
                }
            }
            double lambda = Math.max(0, fit.baselineOf(in, t) + fit.drive(in, t) + fit.usualBranching() * usual
                    + fit.branching() * extra);
            double e = residuals.length == 0 ? 0 : residuals[random.nextInt(residuals.length)];
            x[t] = Math.max(0, Math.round(lambda + e * noise(lambda, fit.size())));
            if (in.paidViewsObserved()) {
                x[t] = Math.max(x[t], in.paidViews()[t]);
            }
        }
        return in.withViews(x);
    }
}
