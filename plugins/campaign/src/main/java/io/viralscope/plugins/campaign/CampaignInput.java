package io.viralscope.plugins.campaign;

/**
 * What the campaign model reads of one video: its daily views, the flight's paid stimulus and, when YouTube's
 * traffic sources were imported, the views that came from YouTube advertising.
 *
 * @param views       daily views, day 0 first
 * @param usable      whether each day's views were measured (not only interpolated across a gap)
 * @param weekday     each day's weekday, 0 = Monday
 * @param stimulus    the day's paid stimulus (spend, impressions or paid views), 0 outside the flights
 * @param paidViews   the day's views from YouTube advertising, or {@code null} when not imported
 * @param flightFirst the first day of the flight
 * @param flightLast  the last day of the flight (inclusive)
 */
record CampaignInput(double[] views, boolean[] usable, int[] weekday, double[] stimulus, double[] paidViews,
                     int flightFirst, int flightLast) {

    /**
     * Days fitted before the flight: enough to know the video's usual day and weekly rhythm, few enough that what
     * happened to a long catalogue video months or years earlier (a TV spike, a slow drift, December) is not read
     * as self-excitation and lent to the flight's views.
     */
    static final int FIT_DAYS_BEFORE = 90;
    /** Days fitted after the flight: the memory's tail, which is what tells an echo from a bought view. */
    static final int FIT_DAYS_AFTER = 90;
    /** The first days have little memory in the series to regress on. */
    static final int FIRST_ROW = 7;

    int days() {
        return views.length;
    }

    /** The first day the model is fitted on. */
    int fitFirst() {
        return Math.max(FIRST_ROW, flightFirst - FIT_DAYS_BEFORE);
    }

    /** The last day the model is fitted on (inclusive). */
    int fitLast() {
        return Math.min(days() - 1, flightLast + FIT_DAYS_AFTER);
    }

    /** Whether day t's views are a row of the fit: inside the fitted days and measured. */
    boolean fitted(int t) {
        return t >= fitFirst() && t <= fitLast() && usable[t];
    }

    /** The number of days the model is fitted on. */
    int fittedDays() {
        int m = 0;
        for (int t = fitFirst(); t <= fitLast(); t++) {
            m += usable[t] ? 1 : 0;
        }
        return m;
    }

    /**
     * The video's usual day: the mean of the fitted days before the flight. From the flight on, the memory of
     * views is split at it: what the usual days would have left, and what the flight's extra views left.
     */
    double levelBefore() {
        double s = 0;
        int m = 0;
        for (int t = fitFirst(); t < flightFirst; t++) {
            if (usable[t]) {
                s += views[t];
                m++;
            }
        }
        return m == 0 ? 0 : s / m;
    }

    /** This input with other daily views (a replicate series), the rest unchanged. */
    CampaignInput withViews(double[] other) {
        return new CampaignInput(other, usable, weekday, stimulus, paidViews, flightFirst, flightLast);
    }

    boolean paidViewsObserved() {
        return paidViews != null;
    }
}
