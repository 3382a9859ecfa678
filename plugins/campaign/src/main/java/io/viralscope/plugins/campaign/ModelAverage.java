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
        double[] w = weights(fits, rows);
        double weights = 0;
        double paid = 0;
        double earned = 0;
        double total = 0;
        for (int i = 0; i < fits.size(); i++) {
            if (w[i] == 0) {
                continue;
            }
            CampaignEffect e = CampaignEffect.of(fits.get(i), in);
            weights += w[i];
            paid += w[i] * e.paidDriven();
            earned += w[i] * e.earned();
            total = e.total();
        }
        return new CampaignEffect(paid / weights, earned / weights, Math.max(0, total - (paid + earned) / weights),
                total);
    }

    /** The same average, day by day: what the report stacks on the daily chart. */
    static DailySplit daily(List<HipFit> fits, CampaignInput in, int rows) {
        double[] w = weights(fits, rows);
        int n = in.days();
        double[] paid = new double[n];
        double[] earned = new double[n];
        double weights = 0;
        for (int i = 0; i < fits.size(); i++) {
            if (w[i] == 0) {
                continue;
            }
            HipFit f = fits.get(i);
            double[] drive = new double[n];
            for (int t = 0; t < n; t++) {
                drive[t] = f.drive(in, t);
            }
            double[] response = f.kernel().response(drive, f.branching());
            for (int t = 0; t < n; t++) {
                paid[t] += w[i] * drive[t];
                earned[t] += w[i] * (response[t] - drive[t]);
            }
            weights += w[i];
        }
        for (int t = 0; t < n; t++) {
            paid[t] /= weights;
            earned[t] /= weights;
        }
        return DailySplit.of(in, paid, earned);
    }

    /** Each fit's weight; 0 for a fit too far behind the best to matter (below 10⁻⁶). */
    private static double[] weights(List<HipFit> fits, int rows) {
        double best = fits.stream().mapToDouble(HipFit::deviance).min().orElseThrow();
        double dispersion = Math.max(1e-12, best / Math.max(1, rows));
        double[] w = new double[fits.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.exp(-(fits.get(i).deviance() - best) / (2 * dispersion));
            w[i] = w[i] < 1e-6 ? 0 : w[i];
        }
        return w;
    }
}
