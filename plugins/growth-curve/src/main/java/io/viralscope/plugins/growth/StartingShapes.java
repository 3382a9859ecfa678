package io.viralscope.plugins.growth;

import java.util.ArrayList;
import java.util.List;

/**
 * Data-driven starting points for the fits, read off the smoothed daily views: the peak day, the width at half the
 * peak, and the log-slopes of the rise before the peak and the decay after it. An S-curve's daily views peak at its
 * inflection and are {@code 3.53/r} (logistic) or {@code 2.45/r} (Gompertz) days wide at half height; before and
 * after it they rise and decay roughly exponentially. Each S-curve gets a handful of candidates;
 * {@link IncrementFitter} screens them with their best amplitude and starts Levenberg–Marquardt from the best.
 */
final class StartingShapes {

    /** Full width at half maximum of logistic daily views times the rate: {@code 2 ln(3 + 2√2)}. */
    static final double LOGISTIC_HALF_WIDTH_TIMES_RATE = 3.5255;

    private static final int SMOOTHING_HALF_WINDOW = 2;
    private static final double MIN_START_RATE = 0.01;

    private final int days;
    private final double peakDay;
    private final double halfWidth;
    private final boolean risingAtEnd;
    private final boolean fallingFromStart;
    private final double riseRate;
    private final double decayRate;

    private StartingShapes(int days, double peakDay, double halfWidth, boolean risingAtEnd, boolean fallingFromStart,
                           double riseRate, double decayRate) {
        this.days = days;
        this.peakDay = peakDay;
        this.halfWidth = halfWidth;
        this.risingAtEnd = risingAtEnd;
        this.fallingFromStart = fallingFromStart;
        this.riseRate = riseRate;
        this.decayRate = decayRate;
    }

    /** The shapes of the observed increments of {@code data}; it has at least one observed day. */
    static StartingShapes of(ViewIncrements data) {
        int[] day = data.observedDayIndices();
        double[] smooth = ViewIncrements.movingAverage(day, data.observed(), SMOOTHING_HALF_WINDOW);
        int peak = 0;
        for (int i = 1; i < smooth.length; i++) {
            if (smooth[i] > smooth[peak]) {
                peak = i;
            }
        }
        double half = smooth[peak] / 2;
        int left = -1;
        for (int i = peak - 1; i >= 0 && left < 0; i--) {
            if (smooth[i] < half) {
                left = i;
            }
        }
        int right = -1;
        for (int i = peak + 1; i < smooth.length && right < 0; i++) {
            if (smooth[i] < half) {
                right = i;
            }
        }
        double width;
        if (left >= 0 && right >= 0) {
            width = day[right] - day[left];
        } else if (right >= 0) {
            width = 2.0 * (day[right] - day[peak]);
        } else if (left >= 0) {
            width = 2.0 * (day[peak] - day[left]);
        } else {
            width = data.days();
        }
        int n = data.days();
        return new StartingShapes(n, day[peak] + 0.5, Math.max(width, 1.0), right < 0, left < 0,
                logSlope(day, smooth, day[peak] - n / 2.0, day[peak]),
                -logSlope(day, smooth, day[peak], day[peak] + n / 2.0));
    }

    /** Candidate logistic parameters {@code (ln R, ln r, ℓ)}, amplitude not yet scaled. */
    List<double[]> logistic() {
        List<double[]> out = new ArrayList<>();
        double widthRate = rate(LOGISTIC_HALF_WIDTH_TIMES_RATE / halfWidth);
        out.add(LogisticGrowth.of(1, widthRate, peakDay));
        if (risingAtEnd) {
            double r = rate(riseRate);
            out.add(LogisticGrowth.of(1, r, days));
            out.add(LogisticGrowth.of(1, r, days + 2 / r));
        }
        if (fallingFromStart) {
            double r = rate(decayRate);
            out.add(LogisticGrowth.of(1, r, 0));
            out.add(LogisticGrowth.of(1, r, -2 / r));
        }
        out.add(LogisticGrowth.of(1, rate(6.0 / days), days / 2.0));
        // nearly constant daily views: the flat middle of a slow curve
        out.add(LogisticGrowth.of(1, Math.max(LogisticGrowth.MIN_RATE, 0.5 / days), days / 2.0));
        return out;
    }

    /** Candidate Gompertz parameters {@code (ln R, ln r, ℓ)}, amplitude not yet scaled. */
    List<double[]> gompertz() {
        List<double[]> out = new ArrayList<>();
        out.add(GompertzGrowth.ofTotal(1, rate(GompertzGrowth.HALF_WIDTH_TIMES_RATE / halfWidth), peakDay));
        if (risingAtEnd) {
            double r = rate(riseRate / 2);
            out.add(GompertzGrowth.ofTotal(1, r, days));
            out.add(GompertzGrowth.ofTotal(1, r, days + 1 / r));
        }
        if (fallingFromStart) {
            double r = rate(decayRate);
            out.add(GompertzGrowth.ofTotal(1, r, 0));
            out.add(GompertzGrowth.ofTotal(1, r, -1 / r));
        }
        out.add(GompertzGrowth.ofTotal(1, rate(4.0 / days), days / 2.0));
        out.add(GompertzGrowth.ofTotal(1, Math.max(LogisticGrowth.MIN_RATE, 0.5 / days), days / 2.0));
        return out;
    }

    private static double rate(double r) {
        return Math.max(MIN_START_RATE, Math.min(1.0, Double.isFinite(r) ? r : MIN_START_RATE));
    }

    /** Least-squares slope of {@code ln y} against the day over positive values with day in {@code [from, to]}. */
    private static double logSlope(int[] day, double[] y, double from, double to) {
        double n = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < y.length; i++) {
            if (day[i] >= from && day[i] <= to && y[i] > 0) {
                double ly = Math.log(y[i]);
                n++;
                sx += day[i];
                sy += ly;
                sxx += (double) day[i] * day[i];
                sxy += day[i] * ly;
            }
        }
        double den = n * sxx - sx * sx;
        return n >= 3 && den > 0 ? (n * sxy - sx * sy) / den : 0;
    }
}
