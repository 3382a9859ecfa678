package io.viralscope.plugins.mechanism;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SlidingMedianTest {

    @Test
    void givesTheSameMedianAsSortingEveryWindowWhereverTheWindowMoves() {
        Random r = new Random(3);
        int n = 400;
        double[] views = new double[n];
        boolean[] usable = new boolean[n];
        for (int k = 0; k < n; k++) {
            views[k] = r.nextInt(5) == 0 ? 100 : Math.round(r.nextDouble() * 1000); // ties on purpose
            usable[k] = r.nextInt(10) != 0;
        }
        DailyViews days = new DailyViews(views, usable, new Instant[n]);
        SlidingMedian sliding = new SlidingMedian(days);
        int from = 0;
        for (int step = 0; step < 5_000; step++) {
            // mostly forward by a day, sometimes a jump ahead, back, or an empty or clipped window
            int move = r.nextInt(20);
            from = move == 0 ? r.nextInt(n) : move == 1 ? Math.max(-5, from - r.nextInt(30)) : from + 1;
            from = from >= n ? 0 : from;
            int to = from + (move == 2 ? 0 : 1 + r.nextInt(40));
            double expected = days.median(from, to);
            double actual = sliding.median(from, to);
            assertThat(Double.valueOf(actual)).as("window %d..%d", from, to).isEqualTo(Double.valueOf(expected));
        }
    }
}
