package io.viralscope.plugins.inflection;

import java.util.ArrayList;
import java.util.List;

/**
 * A shock: a one-day jump that stands out against the series' own day-to-day variation, followed by decay (the
 * signature of an exogenous shock, Crane &amp; Sornette, PNAS 105, 2008). Days are compared after removing the
 * {@link WeeklyPattern}, so a day is measured against the same weekday's expectation. Day {@code k} is a shock
 * when, all on usable days:
 * <ul>
 *   <li>the <b>expected day</b> is the median of the (up to) seven days before (at least three), or of the last
 *       three when they are higher (the top of a build-up is no jump), in deseasonalised log daily views, put back
 *       on day {@code k}'s weekday; it and the raw median of the week before are above zero views (a frozen count
 *       released is not a shock);</li>
 *   <li>its <b>size</b>, views over the expected day, is at least {@code minSize} (the {@code shock-ratio}
 *       setting);</li>
 *   <li>its <b>significance</b>, the jump in log daily views over the local noise scale (the robust σ of
 *       day-to-day changes within four weeks either side, {@link NoiseScale}, never below the series' σ̂ nor the
 *       counting noise {@code 1/√(expected + 1)}), is at least {@code minZ} ({@code shock-z}): a robust z score;</li>
 *   <li>most of the jump happened overnight (at least 70% of it, in log views, from the day before), and when
 *       the day before was a dip, the two days together stand {@code minSize} times above their expectation: a
 *       jump, not the top of a build-up nor a catch-up after a stalled count;</li>
 *   <li>the excess decays: over the next (up to) seven days the median excess over the expected day is at most
 *       half the shock's (a level step stays up).</li>
 * </ul>
 * The grid spreads the views counted between two samples evenly over the time between them, so when samples
 * drift around midnight a one-day jump can be shared out over two days, neither of which looks like a jump on its
 * own. Days {@code k} and {@code k + 1} are then read together as one shock when one sample interval spans their
 * midnight and holds at least half their views, the day before them stands {@code minSize} times below both, the
 * lower of the two days less one expected day and the rate the interval implies passes the tests above, and the
 * excess also relaxes in the second week (at most half the first week's, which a two-week boxcar does not);
 * {@link SplitDay} tells which of the two days it was.
 *
 * @param day          the shock day
 * @param views        its daily views
 * @param recentLevel  median daily views of the week before (raw, weekdays mixed)
 * @param expected     the expected day's views
 * @param significance the jump in units of the local noise scale
 * @param tailEnd      the last day still lifted by it (at least {@code day}): the change-point fit leaves these out
 * @param from         the first day lifted by it: {@code day}, or the day before when the grid shared the jump
 *                     between them (the change-point fit leaves it out too)
 */
record Shock(int day, double views, double recentLevel, double expected, double significance, int tailEnd,
             int from) {

    private static final int LOOK_BACK = 7;
    private static final int LOOK_AHEAD = 7;
    private static final int LOCAL_NOISE_DAYS = 28;
    private static final int MAX_TAIL = 14;
    private static final double DECAY = 0.5;
    private static final double OVERNIGHT = 0.7;
    private static final double TAIL_NOISE_SCALES = 3;

    /** Views as a multiple of the recent level. */
    double ratio() {
        return views / recentLevel;
    }

    /** Views as a multiple of the expected day. */
    double size() {
        return views / expected;
    }

    /**
     * Every shock, in day order, also those whose day's views the grid shared with a neighbouring day.
     *
     * @param seasonal the weekly effect of every day ({@link WeeklyPattern})
     * @param times    the samples behind the grid
     * @param sigma    the series' noise scale, a floor for the local one
     */
    static List<Shock> scan(DailyIncrements days, double[] seasonal, SampleTimes times, double sigma,
                            double minSize, double minZ) {
        int n = days.size();
        List<Shock> shocks = new ArrayList<>();
        double[] window = new double[LOOK_BACK];
        double[] raw = new double[LOOK_BACK];
        double[] scratch = new double[2 * LOCAL_NOISE_DAYS + 2];
        double minJump = Math.log(minSize);
        double threshold = 0.5 * Math.max(minJump, minZ * sigma);
        // the loop over every day stays in a small method of its own; the few days it passes are examined here
        for (int k = nextCandidate(days, seasonal, 3, threshold); k < n - 1;
                k = nextCandidate(days, seasonal, k + 1, threshold)) {
            Shock shock = at(days, seasonal, times, sigma, minSize, minZ, threshold, k, window, raw, scratch);
            if (shock != null) {
                shocks.add(shock);
                k = shock.tailEnd(); // days still lifted by it are not shocks of their own
            }
        }
        return shocks;
    }

    /**
     * The first usable day from {@code from} on (before the last day) that passes the cheap test, or the last day
     * when none does: most days are not far above even the lowest of the week before.
     */
    private static int nextCandidate(DailyIncrements days, double[] seasonal, int from, double threshold) {
        double[] y = days.logs();
        int n = y.length;
        for (int k = from; k < n - 1; k++) {
            if (days.isUsable(k) && y[k] - seasonal[k] - lowestOfWeekBefore(days, seasonal, k) >= threshold) {
                return k;
            }
        }
        return n - 1;
    }

    private static double lowestOfWeekBefore(DailyIncrements days, double[] seasonal, int k) {
        double[] y = days.logs();
        double lowest = Double.POSITIVE_INFINITY;
        for (int j = Math.max(0, k - LOOK_BACK); j < k; j++) {
            if (days.isUsable(j)) {
                lowest = Math.min(lowest, y[j] - seasonal[j]);
            }
        }
        return lowest;
    }

    /** Day {@code k}, a candidate, as a shock (alone or shared with the next day), or null. */
    private static Shock at(DailyIncrements days, double[] seasonal, SampleTimes times, double sigma,
                            double minSize, double minZ, double threshold, int k, double[] window, double[] raw,
                            double[] scratch) {
        int m = weekBefore(days, seasonal, k, window, raw);
        if (m < 3) {
            return null;
        }
        // a rise in the last three days raises the expectation: the top of a build-up is no jump
        double lastThree = medianOfThree(window[m - 3], window[m - 2], window[m - 1]);
        double base = Math.max(NoiseScale.median(window, m), lastThree);
        double recent = NoiseScale.median(raw, m);
        if (!(recent > 0) || !(Math.expm1(base + seasonal[k]) > 0)) {
            return null;
        }
        Shock shock = oneDay(days, seasonal, sigma, minSize, minZ, threshold, k, base, recent, scratch);
        return shock != null ? shock
                : split(days, seasonal, times, sigma, minSize, minZ, threshold, k, base, recent, scratch);
    }

    /**
     * Writes the usable days of the (up to) seven before {@code k} to {@code window} (deseasonalised log daily
     * views) and {@code raw} (daily views); returns how many.
     */
    private static int weekBefore(DailyIncrements days, double[] seasonal, int k, double[] window, double[] raw) {
        double[] x = days.views();
        double[] y = days.logs();
        int m = 0;
        for (int j = Math.max(0, k - LOOK_BACK); j < k; j++) {
            if (days.isUsable(j)) {
                raw[m] = x[j];
                window[m++] = y[j] - seasonal[j];
            }
        }
        return m;
    }

    /** The usable days' weights with every shock's days, from its first to its tail's end, set to 0. */
    static double[] leftOut(double[] usable, List<Shock> shocks) {
        double[] weight = usable.clone();
        for (Shock s : shocks) {
            for (int k = s.from(); k <= s.tailEnd(); k++) {
                weight[k] = 0;
            }
        }
        return weight;
    }

    /** Day {@code k} alone as a shock, or null. */
    private static Shock oneDay(DailyIncrements days, double[] seasonal, double sigma, double minSize, double minZ,
                                double threshold, int k, double base, double recent, double[] scratch) {
        double[] x = days.views();
        double[] y = days.logs();
        double jump = y[k] - seasonal[k] - base;
        if (jump < threshold) {
            return null;
        }
        double expected = Math.expm1(base + seasonal[k]);
        if (x[k] < minSize * expected) {
            return null;
        }
        if (days.isUsable(k - 1)) {
            double before = y[k - 1] - seasonal[k - 1];
            // a catch-up after a stalled day (a count frozen or corrected): the two days together are no jump
            double expectedBefore = Math.expm1(base + seasonal[k - 1]);
            if (y[k] - seasonal[k] - before < OVERNIGHT * jump || x[k - 1] < expectedBefore / minSize
                    && x[k - 1] + x[k] < minSize * (expectedBefore + expected)) {
                return null;
            }
        }
        // counting noise: a day of λ views varies by about 1/√λ in log
        double scale = Math.max(Math.max(sigma, 1 / Math.sqrt(expected + 1)),
                localNoise(days, seasonal, k, k, scratch));
        double z = jump / scale;
        if (z < minZ) {
            return null;
        }
        int tail = decayedBy(days, seasonal, base, k, x[k] / expected, scale);
        return tail < 0 ? null : new Shock(k, x[k], recent, expected, z, tail, k);
    }

    /**
     * Days {@code k} and {@code k + 1} as one shock that the grid shared out between them, or null. One sample
     * interval spans their midnight and holds at least half of the two days' views, the day before them stands
     * at least {@code minSize} times below both, and the jump is one day's: its views are the lower of the two
     * days less one expected day and the rate the interval implies, on the day {@link SplitDay} places it. It
     * must also relax back: within the week after the two days as a one-day shock does, and in the week after that
     * to at most half the first week's excess, which a boxcar of two weeks or a level step does not.
     */
    private static Shock split(DailyIncrements days, double[] seasonal, SampleTimes times, double sigma,
                               double minSize, double minZ, double threshold, int k, double base, double recent,
                               double[] scratch) {
        double[] x = days.views();
        double[] y = days.logs();
        // the two days start the jump: the day before stands well below both (a build-up climbs through them)
        if (k + 2 >= x.length || !days.isUsable(k + 1) || days.isUsable(k - 1) && y[k - 1] - seasonal[k - 1]
                > Math.min(y[k] - seasonal[k], y[k + 1] - seasonal[k + 1]) - Math.log(minSize)) {
            return null;
        }
        int interval = times.spanning(k + 1);
        if (interval < 0 || times.increment(interval) < 0.5 * (x[k] + x[k + 1])) {
            return null;
        }
        double expectedEarly = Math.expm1(base + seasonal[k]);
        double expectedLate = Math.expm1(base + seasonal[k + 1]);
        SplitDay split = SplitDay.of(times, interval, k, expectedEarly, expectedLate);
        int day = split.day();
        double expected = day == k ? expectedEarly : expectedLate;
        // the two days less the other's expected views overstate it when the other day is the decay's first,
        // and the interval's rate when the interval reaches beyond the two days: the lower of the two
        double views = Math.min(x[k] + x[k + 1] - (day == k ? expectedLate : expectedEarly), split.rate());
        if (views < minSize * expected) {
            return null;
        }
        double jump = Math.log1p(views) - seasonal[day] - base;
        double scale = Math.max(Math.max(sigma, 1 / Math.sqrt(expected + 1)),
                localNoise(days, seasonal, k, k + 1, scratch));
        double z = jump / scale;
        if (z < minZ) {
            return null;
        }
        int tail = decayedBy(days, seasonal, base, k + 1, views / expected, scale);
        if (tail < 0 || !relaxedInSecondWeek(days, seasonal, base, k + 1)) {
            return null;
        }
        return new Shock(day, views, recent, expected, z, tail, k);
    }

    /**
     * True when the median excess over the expected day in the second week after {@code last} is at most half of
     * that in the first week (and there is a second week to see).
     */
    private static boolean relaxedInSecondWeek(DailyIncrements days, double[] seasonal, double base, int last) {
        double first = medianExcess(days, seasonal, base, last + 1, last + LOOK_AHEAD);
        double second = medianExcess(days, seasonal, base, last + LOOK_AHEAD + 1, last + 2 * LOOK_AHEAD);
        return !Double.isNaN(second) && second <= DECAY * Math.max(0, first);
    }

    /** The median excess of days {@code from} to {@code to} over the expected day, NaN without a usable one. */
    private static double medianExcess(DailyIncrements days, double[] seasonal, double base, int from, int to) {
        double[] x = days.views();
        double[] excess = new double[to - from + 1];
        int m = 0;
        for (int j = from; j <= Math.min(x.length - 1, to); j++) {
            if (days.isUsable(j)) {
                excess[m++] = x[j] / Math.expm1(base + seasonal[j]) - 1;
            }
        }
        return m == 0 ? Double.NaN : NoiseScale.median(excess, m);
    }

    private static double medianOfThree(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    /**
     * The robust σ of day-to-day changes within four weeks either side of days {@code k} to {@code last}, leaving
     * their own out.
     */
    private static double localNoise(DailyIncrements days, double[] seasonal, int k, int last, double[] diffs) {
        double[] y = days.logs();
        int m = 0;
        for (int j = Math.max(1, k - LOCAL_NOISE_DAYS); j <= Math.min(y.length - 1, last + LOCAL_NOISE_DAYS); j++) {
            if ((j < k || j > last + 1) && days.isUsable(j) && days.isUsable(j - 1)) {
                diffs[m++] = y[j] - seasonal[j] - y[j - 1] + seasonal[j - 1];
            }
        }
        if (m < 5) {
            return 0;
        }
        return NoiseScale.medianAbsoluteDeviation(diffs, m) / (0.6745 * Math.sqrt(2));
    }

    /**
     * The last day the shock still lifts (its excess over the expected day above three noise scales, at most two
     * weeks after {@code last}, its last day), or −1 when the excess does not decay to at most half within a week.
     */
    private static int decayedBy(DailyIncrements days, double[] seasonal, double base, int last, double size,
                                 double scale) {
        double[] x = days.views();
        double[] y = days.logs();
        double after = medianExcess(days, seasonal, base, last + 1, last + LOOK_AHEAD);
        if (Double.isNaN(after) || after > DECAY * (size - 1)) {
            return -1;
        }
        int tail = last;
        while (tail + 1 < x.length && tail + 1 <= last + MAX_TAIL
                && y[tail + 1] - seasonal[tail + 1] - base >= TAIL_NOISE_SCALES * scale) {
            tail++;
        }
        return tail;
    }
}
