package io.viralscope.plugins.inflection;

import java.util.ArrayList;
import java.util.List;

/**
 * A shock: a one-day jump far above the recent level followed by decay (the signature of an exogenous shock,
 * Crane &amp; Sornette, PNAS 105, 2008). Day {@code k} is a shock when, all on usable days:
 * <ul>
 *   <li>its views are at least {@code ratio} times the median of the (up to) seven days before (at least three),
 *       and that median is above zero (a frozen count released is not a shock);</li>
 *   <li>they are at least twice the day before (a jump, not the second day of one);</li>
 *   <li>the jump in log daily views is at least six noise scales σ̂ (small counts jump by chance);</li>
 *   <li>the next (up to) three days stay below it and their median is at most 60% of it (decay; a level shift
 *       stays up).</li>
 * </ul>
 *
 * @param day         the shock day
 * @param views       its daily views
 * @param recentLevel median daily views of the week before
 */
record Shock(int day, double views, double recentLevel) {

    private static final int LOOK_BACK = 7;
    private static final int LOOK_AHEAD = 3;
    private static final double DECAY = 0.6;
    private static final double NOISE_SCALES = 6;

    /** Views as a multiple of the recent level. */
    double ratio() {
        return views / recentLevel;
    }

    static List<Shock> scan(DailyIncrements days, double sigma, double ratio) {
        double[] x = days.views();
        double[] y = days.logs();
        int n = x.length;
        List<Shock> shocks = new ArrayList<>();
        double[] window = new double[LOOK_BACK];
        for (int k = 3; k < n - 1; k++) {
            if (!days.isUsable(k) || (days.isUsable(k - 1) && x[k] < 2 * x[k - 1])) {
                continue;
            }
            int m = 0;
            for (int j = Math.max(0, k - LOOK_BACK); j < k; j++) {
                if (days.isUsable(j)) {
                    window[m++] = x[j];
                }
            }
            if (m < 3) {
                continue;
            }
            double level = NoiseScale.median(window, m);
            if (!(level > 0) || x[k] < ratio * level || y[k] - Math.log1p(level) < NOISE_SCALES * sigma) {
                continue;
            }
            if (decays(days, k)) {
                shocks.add(new Shock(k, x[k], level));
            }
        }
        return shocks;
    }

    private static boolean decays(DailyIncrements days, int k) {
        double[] x = days.views();
        double[] after = new double[LOOK_AHEAD];
        int m = 0;
        for (int j = k + 1; j <= Math.min(x.length - 1, k + LOOK_AHEAD); j++) {
            if (days.isUsable(j)) {
                if (x[j] >= x[k]) {
                    return false;
                }
                after[m++] = x[j];
            }
        }
        return m > 0 && NoiseScale.median(after, m) <= DECAY * x[k];
    }
}
