package io.viralscope.plugins.campaign;

import java.util.ArrayList;
import java.util.List;

/**
 * How far the data let the views a flight bought trade against the views it set off: the fit is profiled along
 * the branching ratio (held at each of {@link #BRANCHINGS}, the rest refitted, for every kernel shape of the coarse
 * grid), and every fit whose weighted residual is within the 80% bound of the best ({@code ΔD ≤ 1.64·φ}, the χ²
 * quantile with one degree of freedom, {@code φ} the best fit's residual per day) is one the series cannot rule out.
 * The range of their answers widens the bootstrap's intervals, which scatter around the best fit only.
 *
 * <p>What ties the trade-off is the memory: an echo outlives the stimulus and fades with the kernel, so views that
 * drop back to their usual level the day after a flight rule out all but a small branching ratio, and a flat flight
 * followed by too few days leaves it loose, and the interval wide.
 */
final class TradeOff {

    /** 0 to 0.95 in steps of 0.05 (finer steps were measured to move no interval's end). */
    static final double[] BRANCHINGS = java.util.stream.IntStream.rangeClosed(0, 19).mapToDouble(k -> k * 0.05)
            .toArray();
    /** The 80% quantile of χ² with one degree of freedom. */
    static final double CHI_SQUARE_80 = 1.642;

    private final double[] paid;
    private final double[] earned;
    private final double[] multiplier;
    private final double[] share;

    private TradeOff(double[] paid, double[] earned, double[] multiplier, double[] share) {
        this.paid = paid;
        this.earned = earned;
        this.multiplier = multiplier;
        this.share = share;
    }

    /** The range of the answers of every fit within the bound, {@code fits} (the free fits) included. */
    static TradeOff of(CampaignInput in, List<HipFit> fits, int rows) {
        List<HipFit> all = new ArrayList<>(fits);
        all.addAll(HipFitter.profile(in, HipFitter.REPLICATE_THETAS, HipFitter.REPLICATE_SHIFTS, BRANCHINGS));
        double best = all.stream().mapToDouble(HipFit::deviance).min().orElseThrow();
        double bound = best + CHI_SQUARE_80 * best / Math.max(1, rows);
        double[] paid = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] earned = paid.clone();
        double[] multiplier = paid.clone();
        double[] share = paid.clone();
        for (HipFit f : all) {
            if (f.deviance() > bound) {
                continue;
            }
            CampaignEffect e = CampaignEffect.of(f, in);
            include(paid, e.paidDriven());
            include(earned, e.earned());
            include(multiplier, e.multiplier());
            include(share, e.earnedShare());
        }
        return new TradeOff(paid, earned, multiplier, share);
    }

    private static void include(double[] range, double v) {
        if (Double.isFinite(v)) {
            range[0] = Math.min(range[0], v);
            range[1] = Math.max(range[1], v);
        }
    }

    Interval widenPaid(Interval i) {
        return i.widenedTo(paid[0], paid[1]);
    }

    Interval widenEarned(Interval i) {
        return i.widenedTo(earned[0], earned[1]);
    }

    Interval widenMultiplier(Interval i) {
        return i.widenedTo(multiplier[0], multiplier[1]);
    }

    Interval widenShare(Interval i) {
        return i.widenedTo(share[0], share[1]);
    }
}
