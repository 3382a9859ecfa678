package io.viralscope.bench;

import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;
import io.viralscope.plugins.growth.GrowthCurveDetector;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;

/**
 * Times the growth-curve detector: 10,000 seeded synthetic series of 180 daily samples (logistic, Gompertz, Bass
 * word-of-mouth and push, exponential and linear, with 3–10% multiplicative noise, generated here), one warm-up pass,
 * then one timed pass on a single thread. Each call is a whole {@code detect}: daily grid, all five families fitted,
 * the detection with its curves. Prints the median, p90 and mean time per series (target: median at most 0.3 ms), the
 * CPU time per series, which other processes on the machine do not inflate, and the throughput; asserts nothing.
 *
 * <p>Arguments (optional): number of series, days per series.
 */
public final class GrowthCurveBenchmark {

    private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
    private static final long SEED = 20_260_105L;
    private static final double TARGET_MEDIAN_MS = 0.3;

    private GrowthCurveBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 180;
        List<VideoSeries> series = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            series.add(generate(i, days));
        }
        Map<String, Integer> models = new TreeMap<>();
        DetectorTiming t = DetectorTiming.of(new GrowthCurveDetector(), series, 1, d -> { },
                d -> models.merge(String.valueOf(d.text("model")), 1, Integer::sum));
        System.out.printf(Locale.ROOT, "growth-curve benchmark: %d series x %d days, 5 models each, 1 thread, %s %s%n",
                count, days, System.getProperty("java.vm.name"), System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "  warm-up pass      %.2f s%n", t.warmSeconds());
        double median = t.percentileMs(0.5);
        System.out.printf(Locale.ROOT, "  median per series %.3f ms (target %.1f ms: %s)%n", median, TARGET_MEDIAN_MS,
                median <= TARGET_MEDIAN_MS ? "met" : "missed");
        System.out.printf(Locale.ROOT, "  p90 per series    %.3f ms%n", t.percentileMs(0.9));
        System.out.printf(Locale.ROOT, "  p99 per series    %.3f ms%n", t.percentileMs(0.99));
        System.out.printf(Locale.ROOT, "  mean per series   %.3f ms%n", t.meanMs());
        System.out.printf(Locale.ROOT, "  cpu per series    %.3f ms (mean thread CPU time)%n", t.cpuMeanMs());
        System.out.printf(Locale.ROOT, "  throughput        %.0f series/s%n", t.throughput());
        System.out.println("  chosen models     " + models);
    }

    /** Series {@code i}: its family cycles through six kinds; its parameters come from a generator seeded by i. */
    static VideoSeries generate(int i, int days) {
        Random rnd = new Random(SEED + i);
        DoubleUnaryOperator views;
        switch (i % 6) {
            case 0: { // logistic seen mid-life on top of earlier views
                double k = Math.pow(10, 4 + 3 * rnd.nextDouble());
                double r = uniform(rnd, 0.05, 0.3);
                double t0 = uniform(rnd, 0.2, 0.7) * days;
                double before = uniform(rnd, 0, 0.5) * k;
                views = t -> before + k / (1 + Math.exp(-r * (t - t0)));
                break;
            }
            case 1: { // Gompertz seen mid-life
                double k = Math.pow(10, 4 + 3 * rnd.nextDouble());
                double r = uniform(rnd, 0.04, 0.2);
                double t0 = uniform(rnd, 0.2, 0.6) * days;
                double before = uniform(rnd, 0, 0.5) * k;
                views = t -> before + k * Math.exp(-Math.exp(-r * (t - t0)));
                break;
            }
            case 2: // Bass launch, word of mouth
            case 3: { // Bass launch, external push
                double m = Math.pow(10, 4 + 3 * rnd.nextDouble());
                double p = i % 6 == 2 ? uniform(rnd, 0.005, 0.03) : uniform(rnd, 0.05, 0.2);
                double q = i % 6 == 2 ? uniform(rnd, 0.1, 0.35) : uniform(rnd, 0, 0.9) * p;
                double age = rnd.nextDouble();
                views = t -> {
                    double e = Math.exp(-(p + q) * (age + t));
                    return m * (1 - e) / (1 + (q / p) * e);
                };
                break;
            }
            case 4: { // exponential, early growth
                double b = uniform(rnd, 0.01, 0.035);
                double growth = Math.pow(10, 4 + 3 * rnd.nextDouble());
                double a = growth / Math.expm1(b * days);
                double before = uniform(rnd, 0, 1) * growth;
                views = t -> before + a * Math.exp(b * t);
                break;
            }
            default: { // steady trickle on an older video
                double perDay = Math.pow(10, 2 + 3 * rnd.nextDouble());
                double before = Math.pow(10, 3 + 4 * rnd.nextDouble());
                views = t -> before + perDay * t;
            }
        }
        double sigma = uniform(rnd, 0.03, 0.1);
        List<Sample> samples = new ArrayList<>(days + 1);
        double total = views.applyAsDouble(0);
        samples.add(Sample.ofViews(START, Math.round(total)));
        for (int k = 0; k < days; k++) {
            double inc = views.applyAsDouble(k + 1) - views.applyAsDouble(k);
            total += inc * Math.exp(sigma * rnd.nextGaussian() - sigma * sigma / 2);
            samples.add(Sample.ofViews(START.plus(Duration.ofDays(k + 1)), Math.round(total)));
        }
        return new VideoSeries("bench-" + i, "", samples);
    }

    private static double uniform(Random rnd, double lo, double hi) {
        return lo + (hi - lo) * rnd.nextDouble();
    }
}
