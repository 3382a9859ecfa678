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

    int days() {
        return views.length;
    }

    boolean paidViewsObserved() {
        return paidViews != null;
    }
}
