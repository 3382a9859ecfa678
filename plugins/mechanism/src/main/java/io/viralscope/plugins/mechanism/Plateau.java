package io.viralscope.plugins.mechanism;

/**
 * An episode whose views were switched on and off: they jumped to a level, held it and fell straight back, as a
 * paid or featured promotion running for a fixed flight does. Word of mouth builds up and decays through its
 * memory, and a shock jumps and then relaxes: neither holds a flat level between two abrupt edges, so a plateau is
 * an outside push whether or not a flight was declared.
 *
 * <p>On the week-adjusted views of an episode ({@link EpisodeFinder.Span}) over its baseline: the held days run
 * from the first to the last day at or above half the level, the level being the median excess of the days at
 * or above a third of the peak's excess. A plateau needs
 * <ul>
 *   <li>at least {@value #MIN_DAYS} held days, all but the edge ones (which may be partial) at or above half the
 *       level: no dip;</li>
 *   <li>no build-up and no decay tail: {@value #EDGE_DAYS} days before the first held day and as many after the
 *       last, the series going on that long, views within a quarter of the plateau's height over the baseline,
 *       measured in log views (the day between may be partial: a jump between two daily samples is shared by two
 *       days). Log views, since a cascade growing or relaxing by half a day covers most of its linear height in a
 *       few days while still far above its baseline;</li>
 *   <li>a flat level: log views of the held days but the edge ones scattered by at most {@value #SCATTER} times
 *       the series' day-to-day noise; of those inner days, the mean excess of the last third within
 *       {@value #FLAT_RATIO} times that of the first third, either way (a shock relaxing exponentially keeps
 *       about 0.4 of it over the days it holds above half its median, a power law less), and that of the middle
 *       third at most {@value #HUMP} times the mean of the other two (a rise and fall is humped).</li>
 * </ul>
 *
 * @param first first held day
 * @param last  last held day, included
 * @param level median daily views above the baseline over the held days
 * @param drift mean excess of the last third of the inner held days over that of the first third
 */
record Plateau(int first, int last, double level, double drift) {

    /** Fewest held days of a plateau. */
    static final int MIN_DAYS = 5;
    /** Most change of the level from the first third of the inner held days to the last, either way. */
    static final double FLAT_RATIO = 1.4;
    /** Most mean excess of the middle third of the inner held days over that of the other two. */
    static final double HUMP = 1.25;
    /** Most standard deviation of log views over the inner held days, in units of the day-to-day noise. */
    static final double SCATTER = 3;
    /**
     * Days from the baseline to the held level, and back, at most: one partial day between, as a jump between two
     * daily samples is shared by two days. (A missing sample spreads a jump over three, which a plateau of a few
     * days' ramp cannot be told from: such an edge is read as a ramp.)
     */
    private static final int EDGE_DAYS = 2;

    /** Number of held days. */
    int days() {
        return last - first + 1;
    }

    /** True when {@code day} lies within the held days. */
    boolean holds(int day) {
        return day >= first && day <= last;
    }

    /**
     * The plateau of {@code span} in the week-adjusted views {@code days}, or {@code null} when it is none.
     *
     * @param noise σ of day-to-day changes of log views ({@link EpisodeFinder#noise})
     */
    static Plateau of(DailyViews days, EpisodeFinder.Span span, double noise) {
        double[] x = days.views();
        boolean[] usable = days.usable();
        double base = span.baseline();
        double peak = x[span.peak()] - base;
        if (!(peak > 0)) {
            return null;
        }
        double[] high = new double[span.end() - span.start() + 1];
        int count = 0;
        for (int k = span.start(); k <= span.end(); k++) {
            if (usable[k] && x[k] - base >= peak / 3) {
                high[count++] = x[k] - base;
            }
        }
        double rough = Statistics.median(high, count);
        int first = -1;
        int last = -1;
        for (int k = span.start(); k <= span.end(); k++) {
            if (usable[k] && x[k] - base >= rough / 2) {
                first = first < 0 ? k : first;
                last = k;
            }
        }
        if (first < 0 || last - first + 1 < MIN_DAYS || first - EDGE_DAYS < 0 || last + EDGE_DAYS >= x.length) {
            return null;
        }
        double[] held = new double[last - first + 1];
        int n = 0;
        for (int k = first; k <= last; k++) {
            if (usable[k]) {
                held[n++] = x[k] - base;
            }
        }
        double level = Statistics.median(held, n);
        for (int k = first + 1; k < last; k++) {
            if (usable[k] && x[k] - base < level / 2) {
                return null;  // a dip: two episodes, or one that rose and fell (the edge days may be partial)
            }
        }
        double height = Math.log((base + level + 1) / (base + 1));
        if (Math.log((x[first - EDGE_DAYS] + 1) / (base + 1)) > height / 4
                || Math.log((x[last + EDGE_DAYS] + 1) / (base + 1)) > height / 4) {
            return null;
        }
        if (scatter(x, usable, first + 1, last) > SCATTER * noise) {
            return null;
        }
        // thirds of the inner held days: the edge ones may be partial
        int third = Math.max(1, (last - first - 1) / 3);
        double head = mean(x, usable, first + 1, first + 1 + third, base);
        double middle = mean(x, usable, first + 1 + third, last - third, base);
        double tail = mean(x, usable, last - third, last, base);
        double drift = tail / head;
        double hump = middle / ((head + tail) / 2);
        if (!(drift <= FLAT_RATIO && drift >= 1 / FLAT_RATIO && hump <= HUMP)) {
            return null;
        }
        return new Plateau(first, last, level, drift);
    }

    /** Standard deviation of {@code ln(1 + x)} over the usable days {@code from} to {@code to} (exclusive). */
    private static double scatter(double[] x, boolean[] usable, int from, int to) {
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (int k = from; k < to; k++) {
            if (usable[k]) {
                double y = Math.log1p(x[k]);
                sum += y;
                squares += y * y;
                n++;
            }
        }
        if (n < 2) {
            return Double.POSITIVE_INFINITY;
        }
        double mean = sum / n;
        return Math.sqrt(Math.max(0, (squares - n * mean * mean) / (n - 1)));
    }

    private static double mean(double[] x, boolean[] usable, int from, int to, double base) {
        double sum = 0;
        int n = 0;
        for (int k = from; k < to; k++) {
            if (usable[k]) {
                sum += x[k] - base;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
