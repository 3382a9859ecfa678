package io.viralscope.plugins.inflection;

import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A four-year catalogue video sampled about once a day at times that drift up to six hours either side of
 * midnight, 3% of samples missing: about 1,000 views a day with a weekly rhythm, a December bump and ±10%
 * lognormal noise. Views accrue at a constant rate within each UTC day, and every sample counts exactly what
 * had accrued at its instant, so a sample interval that overruns a midnight shares a jump between two grid days.
 */
final class DriftingCatalogue {

    static final LocalDate FIRST_DAY = LocalDate.of(2022, 3, 5);
    static final int DAYS = 1461;
    private static final double[] WEEKDAY = {0.92, 0.95, 0.97, 1.0, 1.08, 1.25, 1.18}; // Monday first

    private final double[] daily = new double[DAYS];

    private DriftingCatalogue(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int k = 0; k < DAYS; k++) {
            LocalDate date = FIRST_DAY.plusDays(k);
            double december = date.getMonthValue() == 12 ? 1 + 0.4 * Math.sin(Math.PI * date.getDayOfMonth() / 32)
                    : 1;
            daily[k] = 1000 * WEEKDAY[date.getDayOfWeek().getValue() - 1] * december
                    * Math.exp(0.1 * random.nextGaussian() - 0.005);
        }
    }

    /** The baseline series of {@code seed}, to be lifted by {@link #lift} before sampling. */
    static DriftingCatalogue of(long seed) {
        return new DriftingCatalogue(seed);
    }

    static int day(LocalDate date) {
        return (int) (date.toEpochDay() - FIRST_DAY.toEpochDay());
    }

    static Instant midnight(int day) {
        return FIRST_DAY.plusDays(day).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** Multiplies day {@code day + j}'s views by {@code factors[j]}. */
    DriftingCatalogue lift(int day, double... factors) {
        for (int j = 0; j < factors.length && day + j < DAYS; j++) {
            daily[day + j] *= factors[j];
        }
        return this;
    }

    /**
     * Samples about once a day: the offset from each midnight drifts by a random walk held within ±6 hours, 3% of
     * samples are dropped, and {@code forced} pins the offsets (in hours) of the samples at the midnights from
     * {@code forcedFrom} on, none of them dropped.
     */
    VideoSeries sample(long seed, int forcedFrom, double... forced) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] cumulative = new double[DAYS + 1];
        cumulative[0] = 250_000;
        for (int k = 0; k < DAYS; k++) {
            cumulative[k + 1] = cumulative[k] + daily[k];
        }
        List<Sample> samples = new ArrayList<>();
        double offsetHours = 0;
        for (int m = 1; m < DAYS; m++) {
            offsetHours = Math.max(-6, Math.min(6, offsetHours + 1.5 * random.nextGaussian()));
            boolean pinned = m >= forcedFrom && m < forcedFrom + forced.length;
            double hours = pinned ? forced[m - forcedFrom] : offsetHours;
            if (!pinned && random.nextDouble() < 0.03) {
                continue;
            }
            double at = m + hours / 24;
            int k = (int) Math.floor(at);
            double views = cumulative[k] + (at - k) * daily[k];
            samples.add(Sample.ofViews(midnight(0).plus(Duration.ofMillis(Math.round(at * 86_400_000L))),
                    Math.round(views)));
        }
        return new VideoSeries("DriftVid001", "A drifting catalogue video", samples);
    }
}
