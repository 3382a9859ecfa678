package io.viralscope.plugins.growth;

/**
 * Whether a series can support a growth curve, and if not, a sentence saying why and what would help. A curve of up
 * to three parameters scored by AICc needs at least a week of observed daily views, some of them growing.
 */
final class SeriesAdequacy {

    /** Fewest observed days with growth. */
    static final int MIN_GROWING_DAYS = 3;

    private SeriesAdequacy() {
    }

    /**
     * The reason the increments cannot support a fit, or {@code null} when they can.
     *
     * @param samples number of samples in the series
     * @param data    the series' daily views
     * @param minDays fewest observed daily increments required
     */
    static String problem(int samples, ViewIncrements data, int minDays) {
        if (samples == 0) {
            return "The series has no samples; a growth curve needs at least " + minDays + " days of daily views.";
        }
        if (data.days() < minDays) {
            return data.days() == 0
                    ? "The series spans less than a day; a growth curve needs at least " + minDays
                            + " days of daily views, so keep tracking the video."
                    : "The series spans only " + days(data.days()) + " of daily views; a growth curve needs at least "
                            + minDays + ", so keep tracking the video.";
        }
        if (data.observedDays() < minDays) {
            return "Only " + days(data.observedDays()) + " of " + data.days() + " lie outside gaps between samples; "
                    + "a growth curve needs at least " + minDays + " observed days, so sample the video daily.";
        }
        if (data.growingDays() == 0) {
            return "Views did not grow on any of the " + days(data.observedDays()) + " observed, so there is no "
                    + "growth curve to fit; it needs growth on at least " + MIN_GROWING_DAYS + ".";
        }
        if (data.growingDays() < MIN_GROWING_DAYS) {
            return "Views grew on only " + days(data.growingDays()) + " of " + data.observedDays()
                    + " observed; a growth curve needs growth on at least " + MIN_GROWING_DAYS + ".";
        }
        return null;
    }

    private static String days(int n) {
        return n == 1 ? "1 day" : n + " days";
    }
}
