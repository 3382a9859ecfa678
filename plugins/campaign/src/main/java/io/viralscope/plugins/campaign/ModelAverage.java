package io.viralscope.plugins.campaign;

import java.util.List;

/**
 * The flight's effect averaged over the kernel shapes, each weighted by how well it fits: the shapes trade off
 * against the branching ratio (a longer memory with fewer offspring, or a shorter one with more) and several fit
 * almost equally, so choosing one would let noise pick the answer. Weights are {@code exp(−ΔD/(2φ))} for a shape's
 * weighted residual above the best ({@code ΔD}), with {@code φ} the best fit's residual per day (a quasi-likelihood).
 */
final class ModelAverage {

    private ModelAverage() {
    }

    static CampaignEffect of(List<HipFit> fits, CampaignInput in, int rows) {
        double best = fits.stream().mapToDouble(HipFit::deviance).min().orElseThrow();
        double dispersion = Math.max(1e-12, best / Math.max(1, rows));
        double weights = 0;
        double paid = 0;
        double earned = 0;
        double total = 0;
        for (HipFit f : fits) {
            double w = Math.exp(-(f.deviance() - best) / (2 * dispersion));
            if (w < 1e-6) {
                continue;
            }
            CampaignEffect e = CampaignEffect.of(f, in);
            weights += w;
            paid += w * e.paidDriven();
            earned += w * e.earned();
            total = e.total();
        }
        return new CampaignEffect(paid / weights, earned / weights, Math.max(0, total - (paid + earned) / weights),
                total);
    }
}
