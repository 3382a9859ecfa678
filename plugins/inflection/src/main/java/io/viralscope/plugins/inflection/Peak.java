package io.viralscope.plugins.inflection;

/**
 * The peak: the largest daily increment, confirmed on a smoothed series. The five-day centred moving average
 * places the peak period; the peak is the largest usable day within two days of the average's maximum, so a lone
 * noisy day far from where views were highest does not become the peak.
 *
 * @param day           the peak day
 * @param views         its daily views
 * @param smoothedDay   day of the moving average's maximum
 * @param smoothedViews the moving average's maximum
 */
record Peak(int day, double views, int smoothedDay, double smoothedViews) {

    static final int HALF_WIDTH = 2;

    static Peak find(DailyIncrements days, double[] smoothed) {
        int top = -1;
        for (int k = 0; k < smoothed.length; k++) {
            if (days.isUsable(k) && (top < 0 || smoothed[k] > smoothed[top])) {
                top = k;
            }
        }
        double[] x = days.views();
        int best = -1;
        for (int k = Math.max(0, top - HALF_WIDTH); k <= Math.min(x.length - 1, top + HALF_WIDTH); k++) {
            if (days.isUsable(k) && (best < 0 || x[k] > x[best])) {
                best = k;
            }
        }
        return new Peak(best, x[best], top, smoothed[top]);
    }
}
