package io.viralscope.simulator;

import io.viralscope.api.Sample;
import io.viralscope.api.Stability;
import io.viralscope.api.VideoSeries;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Simulates a cohort: several multi-year videos of one catalogue, some of which jump on the same days (a new
 * release, a broadcast), with ground truth. An oracle for cohort detectors.
 *
 * <p>Each video is published on its own day in the cohort's first third and sampled daily at 00:00 UTC until the
 * cohort's last day, so day {@code k} of a video (the views from sample {@code k} to {@code k + 1}) happened on the
 * UTC day of sample {@code k}. Its expected daily views are a level drawn log-uniformly from 1,000 to 100,000
 * with a launch burst fading over weeks, a slow trend (halving to doubling a year), weekly seasonality (up to
 * ±25%), and shocks: each multiplies a day by its size (2–10×) and fades exponentially over 1–6 days. Daily
 * views carry negative-binomial noise of size 50–200 (±7–14% a day).
 *
 * <ul>
 *   <li><b>Shared releases</b> (2–4 per cohort): on one day, 3 or more videos (all whose window allows, at most
 *       all) jump, each by its own size. They are the truth a cohort detector must find.</li>
 *   <li><b>Own shocks</b> (1–4 per video): one video jumps alone. No two shocks of the cohort, own or shared,
 *       fall within {@link #MIN_SPACING_DAYS} days of each other, so every shared day in the truth has exactly one
 *       cause and a day on which two videos jump together is always a shared release.</li>
 * </ul>
 * Deterministic: one seed always gives the same cohort. Thread-safe: it holds no state.
 */
@Stability(level = Stability.Level.EXPERIMENTAL, since = "1.3.0")
public final class CohortSimulator {

    /** Fewest days between any two shocks of a cohort. */
    public static final int MIN_SPACING_DAYS = 10;
    /** Days of a video's own history before any shock, so a detector has a baseline to judge it against. */
    public static final int HISTORY_DAYS = 42;
    /** The cohort's first day. */
    public static final LocalDate DEFAULT_START = LocalDate.of(2022, 1, 3);

    private CohortSimulator() {
    }

    /**
     * A shared release: one day on which several videos jumped.
     *
     * @param day   the UTC day the jump happened in
     * @param sizes each video's jump, as the multiple of its expected day, in cohort order
     */
    public record SharedRelease(LocalDate day, Map<String, Double> sizes) {

        /** Copies the sizes, keeping their order. */
        public SharedRelease {
            sizes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sizes));
        }

        /** The videos that jumped. */
        public List<String> videoIds() {
            return List.copyOf(sizes.keySet());
        }
    }

    /**
     * A simulated cohort with its truth.
     *
     * @param series   one series per video, in cohort order
     * @param shared   the shared releases, in day order
     * @param ownShocks each video's own (unshared) shock days
     * @param days     the cohort's length in days
     */
    public record Cohort(List<VideoSeries> series, List<SharedRelease> shared, Map<String, List<LocalDate>> ownShocks,
                         int days) {

        /** Copies the collections. */
        public Cohort {
            series = List.copyOf(series);
            shared = List.copyOf(shared);
            ownShocks = Map.copyOf(ownShocks);
        }

        /** Video-years of data in the cohort: the sum of the videos' window lengths, in years. */
        public double videoYears() {
            return series.stream().mapToDouble(s -> s.size() - 1).sum() / 365.25;
        }
    }

    /** A cohort of 3–8 videos over 1,100–1,500 days, all drawn from {@code seed}; shared jumps of 2–10×. */
    public static Cohort simulate(long seed) {
        return simulate(seed, 2, 10);
    }

    /**
     * As {@link #simulate(long)}, with each video's jump on a shared release day drawn from
     * [{@code minJump}, {@code maxJump}) (an award night lifting older videos 2–3×, say).
     */
    public static Cohort simulate(long seed, double minJump, double maxJump) {
        SplittableRandom r = new SplittableRandom(seed);
        int videos = 3 + r.nextInt(6);
        int days = 1100 + r.nextInt(401);
        return simulate(seed, videos, days, DEFAULT_START, minJump, maxJump);
    }

    /**
     * A cohort of {@code videos} videos over {@code days} days from {@code start}.
     *
     * @throws IllegalArgumentException when there are fewer than 3 videos or fewer than 365 days
     */
    public static Cohort simulate(long seed, int videos, int days, LocalDate start) {
        return simulate(seed, videos, days, start, 2, 10);
    }

    private static Cohort simulate(long seed, int videos, int days, LocalDate start, double minJump,
                                   double maxJump) {
        if (!(minJump >= 1 && maxJump >= minJump)) {
            throw new IllegalArgumentException("shared jumps must be from 1× up, the least first, but were "
                    + minJump + " to " + maxJump + ".");
        }
        if (videos < 3 || days < 365) {
            throw new IllegalArgumentException("a cohort needs at least 3 videos and 365 days but got " + videos
                    + " videos and " + days + " days.");
        }
        SplittableRandom root = new SplittableRandom(seed ^ 0x5DEECE66DL);
        CountSampler draws = new CountSampler(root.split());
        CountSampler noise = new CountSampler(root.split());
        String[] ids = new String[videos];
        int[] published = new int[videos];
        for (int v = 0; v < videos; v++) {
            ids[v] = String.format(Locale.ROOT, "c%04dv%05d", Math.floorMod(seed, 10_000), v);
            published[v] = v == 0 ? 0 : draws.integer(0, days / 3);
        }
        List<Integer> taken = new ArrayList<>();
        List<List<Shock>> shocks = new ArrayList<>();
        for (int v = 0; v < videos; v++) {
            shocks.add(new ArrayList<>());
        }
        List<SharedRelease> shared = new ArrayList<>();
        int releases = draws.integer(2, 4);
        int earliest = days / 3 + HISTORY_DAYS; // every video is out by then
        for (int k = 0; k < releases; k++) {
            int day = freeDay(draws, earliest, days - 2, taken);
            if (day < 0) {
                break;
            }
            int count = draws.integer(3, videos);
            List<Integer> order = shuffled(videos, draws);
            Map<String, Double> sizes = new LinkedHashMap<>();
            for (int v : order.subList(0, count).stream().sorted().toList()) {
                double size = draws.uniform(minJump, maxJump);
                shocks.get(v).add(new Shock(day, size, draws.uniform(1, 6)));
                sizes.put(ids[v], size);
            }
            shared.add(new SharedRelease(start.plusDays(day), sizes));
        }
        shared.sort(Comparator.comparing(SharedRelease::day));
        Map<String, List<LocalDate>> own = new LinkedHashMap<>();
        for (int v = 0; v < videos; v++) {
            List<LocalDate> mine = new ArrayList<>();
            int n = draws.integer(1, 4);
            for (int k = 0; k < n; k++) {
                int day = freeDay(draws, published[v] + HISTORY_DAYS, days - 2, taken);
                if (day >= 0) {
                    shocks.get(v).add(new Shock(day, draws.uniform(2, 10), draws.uniform(1, 6)));
                    mine.add(start.plusDays(day));
                }
            }
            mine.sort(null);
            own.put(ids[v], mine);
        }
        List<VideoSeries> series = new ArrayList<>();
        for (int v = 0; v < videos; v++) {
            series.add(video(ids[v], v, start, published[v], days, shocks.get(v), draws, noise));
        }
        return new Cohort(series, shared, own, days);
    }

    private record Shock(int day, double size, double fadeDays) {
    }

    private static VideoSeries video(String id, int index, LocalDate start, int published, int days,
                                     List<Shock> shocks, CountSampler draws, CountSampler noise) {
        double level = draws.logUniform(1e3, 1e5);
        double launch = draws.uniform(1, 8);
        double launchFade = draws.uniform(7, 40);
        double trend = draws.uniform(Math.log(0.5), Math.log(2)) / 365.25;
        double weekly = draws.uniform(0, 0.25);
        double phase = draws.uniform(0, 7);
        double dispersion = draws.logUniform(50, 200);
        Instant first = start.plusDays(published).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Sample> samples = new ArrayList<>(days - published + 1);
        long views = 0;
        samples.add(Sample.ofViews(first, views));
        for (int day = published; day < days; day++) {
            int age = day - published;
            double expected = level * (1 + launch * Math.exp(-age / launchFade)) * Math.exp(trend * age)
                    * (1 + weekly * Math.cos(2 * Math.PI * (day - phase) / 7));
            for (Shock s : shocks) {
                if (day >= s.day()) {
                    expected *= 1 + (s.size() - 1) * Math.exp(-(day - s.day()) / s.fadeDays());
                }
            }
            views += noise.negativeBinomial(expected, dispersion);
            samples.add(Sample.ofViews(first.plus(Duration.ofDays(day - published + 1L)), views));
        }
        return new VideoSeries(id, "Simulated catalogue video " + (index + 1), samples);
    }

    /** A day in [from, to] at least {@link #MIN_SPACING_DAYS} from every taken day, or -1 when none is found. */
    private static int freeDay(CountSampler draws, int from, int to, List<Integer> taken) {
        for (int attempt = 0; attempt < 200; attempt++) {
            int day = draws.integer(from, to);
            if (taken.stream().allMatch(t -> Math.abs(t - day) >= MIN_SPACING_DAYS)) {
                taken.add(day);
                return day;
            }
        }
        return -1;
    }

    private static List<Integer> shuffled(int n, CountSampler draws) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        for (int i = n - 1; i > 0; i--) {
            int j = draws.integer(0, i);
            Integer t = order.get(i);
            order.set(i, order.get(j));
            order.set(j, t);
        }
        return order;
    }
}
