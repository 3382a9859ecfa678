package io.viralscope.plugins.growth;

import java.util.Arrays;

/**
 * Whether the series is front-loaded: its largest daily views come in its first {@link #LAUNCH_DAYS} days and stand
 * well above its typical day, so views fell from the start instead of building up. A logistic or Gompertz curve
 * fitted to such a series is only the falling half of an S: it says nothing of word of mouth, and the burst at the
 * start is attention from outside (a launch, a notification to subscribers, a promotion).
 *
 * @param peakDay   day of the largest observed daily views (0 is the first), or −1 when the series is not
 *                  front-loaded
 * @param peakShare share of the window's views that came on that day
 * @param days      days in the window
 */
record LaunchBurst(int peakDay, double peakShare, int days) {

    /** The first days of a window in which a peak counts as a launch burst. */
    static final int LAUNCH_DAYS = 3;
    /** How many times the median observed day the peak must reach to be a burst rather than a wobble. */
    static final double PEAK_OVER_MEDIAN = 2;

    /** The launch burst of {@code data}, or an absent one. */
    static LaunchBurst of(ViewIncrements data) {
        double[] x = data.observed();
        int[] day = data.observedDayIndices();
        int peak = 0;
        for (int i = 1; i < x.length; i++) {
            if (x[i] > x[peak]) {
                peak = i;
            }
        }
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        boolean front = day[peak] < LAUNCH_DAYS && x[peak] > 0 && x[peak] >= PEAK_OVER_MEDIAN * median;
        // the window's growth is one scaled view, so a scaled day is its share of the window's views
        return front ? new LaunchBurst(day[peak], x[peak], data.days()) : new LaunchBurst(-1, 0, data.days());
    }

    /** True when the series is front-loaded. */
    boolean present() {
        return peakDay >= 0;
    }

    /** In words, such as "daily views were highest on day 1 of 14, which brought 90% of the views: a launch burst". */
    String phrase() {
        return "daily views were highest on day " + (peakDay + 1) + " of " + days + ", which brought "
                + ViewCounts.wholePercent(peakShare) + " of the views: a launch burst";
    }
}
