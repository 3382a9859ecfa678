package io.viralscope.plugins.inflection;

/**
 * Which of two days held a one-day jump that one sample interval, spanning the midnight between them, shares out
 * over both. Each choice implies the jump's rate from that interval's views (the rest of the interval at the
 * expected rate); the neighbouring interval that shares the chosen day must then show that rate for its part of
 * the day. The choice whose neighbour agrees better wins: a jump on the earlier day would already lift the
 * interval before, one on the later day the interval after. When a neighbour does not reach into its day (a
 * sample on the midnight, or none), the day with more of the interval wins.
 *
 * @param day  the jump's day
 * @param rate its daily views as the interval implies them
 */
record SplitDay(int day, double rate) {

    /**
     * The day, {@code k} or {@code k + 1}, of the jump counted in interval {@code i}, which spans midnight
     * {@code k + 1}, with the daily views the interval implies for it.
     *
     * @param expectedEarly the expected views of day {@code k}
     * @param expectedLate  the expected views of day {@code k + 1}
     */
    static SplitDay of(SampleTimes times, int i, int k, double expectedEarly, double expectedLate) {
        double from = times.start(i);
        double to = times.end(i);
        double early = k + 1 - Math.max(from, k);
        double late = Math.min(to, k + 2) - (k + 1);
        double outside = (to - from) - early - late;
        double increment = times.increment(i);
        double rateIfEarly = Math.max(0, increment - expectedLate * late - expectedEarly * outside) / early;
        double rateIfLate = Math.max(0, increment - expectedEarly * (early + outside)) / late;
        SplitDay fallback = late >= early ? new SplitDay(k + 1, rateIfLate) : new SplitDay(k, rateIfEarly);
        if (i == 0 || i + 1 >= times.intervals()) {
            return fallback;
        }
        // the interval before reaches into day k from max(its start, k) to `from`
        double beforeFrom = times.start(i - 1);
        double beforeInDay = from - Math.max(beforeFrom, k);
        // the interval after reaches into day k + 1 from `to` to min(its end, k + 2)
        double afterTo = times.end(i + 1);
        double afterInDay = Math.min(afterTo, k + 2) - to;
        if (beforeInDay <= 0 || afterInDay <= 0) {
            return fallback;
        }
        double beforeIfEarly = rateIfEarly * beforeInDay + expectedEarly * (from - beforeFrom - beforeInDay);
        double afterIfLate = rateIfLate * afterInDay + expectedLate * (afterTo - to - afterInDay);
        double missEarly = Math.abs(Math.log((beforeIfEarly + 1) / (times.increment(i - 1) + 1)));
        double missLate = Math.abs(Math.log((afterIfLate + 1) / (times.increment(i + 1) + 1)));
        return missLate <= missEarly ? new SplitDay(k + 1, rateIfLate) : new SplitDay(k, rateIfEarly);
    }
}
