package io.viralscope.plugins.engagement;

import io.viralscope.api.Detection;
import io.viralscope.api.DetectionStatus;
import io.viralscope.api.Detector;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.FittedCurve;
import io.viralscope.api.Sample;
import io.viralscope.api.TurnedOffCounts;
import io.viralscope.api.Unit;
import io.viralscope.api.VideoSeries;
import org.pf4j.Extension;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How engaged is the audience? Likes, comments and shares per view (docs/architecture.md#engagement-bands).
 *
 * <p>Metrics, for each of likes, comments and shares: {@code <kind>_per_view} with {@code _low}/{@code _high}, the
 * ratio of cumulative counts at the last sample where views are above zero and the count is known, and its 95%
 * {@link WilsonInterval}; {@code <kind>_per_view_trend}, the change per day of engagement per new view
 * ({@link EngagementTrend}). Text metrics {@code likes_band} and {@code comments_band} ({@link EngagementBand}).
 * Every ratio declares its unit (percent), likes and comments per view their bands and a place in the overview.
 * {@code watch_minutes_per_view}: minutes watched per view, from owner analytics ({@link WatchTime}); null otherwise.
 * Unknown stays unknown: hidden likes, disabled comments and public data without shares give {@code null}, never
 * 0; so does a count of 0 that is turned off (it fell to 0 after being positive, or reads 0 on many views:
 * {@link TurnedOffCounts}), and the summary says it appears turned off. Curves: each known ratio of cumulative
 * counts at every sample with views. Evidence: {@link EngagementEvidence}.
 *
 * <p>Status: {@code insufficient_data} when no sample has views, or when there is a single sample (its ratios are
 * still reported, but nothing over time is known; this keeps the shared detector contract that one sample is not
 * enough). Every count unknown (hidden, turned off, not in the data) is {@code ok} with null ratios and a summary
 * that says so: more samples would not reveal them, so the report must not count the video as waiting for data.
 *
 * <p>Works on the raw samples (no daily grid is needed), in one pass per count. Stateless, so thread-safe.
 */
@Extension
public final class EngagementDetector implements Detector {

    private static final long DAY_MILLIS = 86_400_000L;

    @Override
    public String id() {
        return "engagement";
    }

    @Override
    public String version() {
        return "1.3.1";
    }

    @Override
    public String description() {
        return "Likes, comments and shares per view with 95% intervals, bands and trend; watch time per view.";
    }

    @Override
    public Detection detect(VideoSeries series, DetectorContext context) {
        // A count that fell to 0, or reads 0 on many views, was turned off: unknown, never "nobody liked it".
        List<Sample> samples = TurnedOffCounts.asUnknown(series).samples();
        Map<EngagementKind, TurnedOffCounts.TurnedOff> off = turnedOffAtEnd(series);
        Map<EngagementKind, EngagementRatio> ratios = new EnumMap<>(EngagementKind.class);
        Map<EngagementKind, EngagementTrend> trends = new EnumMap<>(EngagementKind.class);
        measure(samples, off, ratios, trends);
        boolean anyViews = anyViews(samples);
        // One sample gives a reading but no history: its ratios are reported, the status says how little it rests on.
        // Counts that are all hidden, turned off or absent are a finding, not a wait: more samples will not reveal them.
        DetectionStatus status = anyViews && samples.size() > 1 ? DetectionStatus.OK
                : DetectionStatus.INSUFFICIENT_DATA;
        Detection.Builder d = Detection.builder(this, status);
        ratioMetrics(d, ratios);
        Double watch = WatchTime.perView(samples);
        d.metricOrUnknown(WatchTime.METRIC, watch);
        trendMetrics(d, trends);
        String early = earlySummary(anyViews, status, ratios, off, samples, watch);
        if (early != null) {
            return d.summary(early).build();
        }
        for (EngagementKind kind : EngagementKind.values()) {
            if (ratios.containsKey(kind)) {
                d.curve(curve(samples, kind));
            }
        }
        double firstViews = samples.get(0).views();
        double lastViews = samples.get(samples.size() - 1).views();
        EngagementEvidence.add(d, trends.get(EngagementKind.LIKES), ratios.get(EngagementKind.LIKES), firstViews,
                lastViews);
        return d.summary(summary(ratios, off, samples, watch)).build();
    }

    /** The ratio and trend of each count that is not turned off and has a sample with views. */
    private static void measure(List<Sample> samples, Map<EngagementKind, TurnedOffCounts.TurnedOff> off,
                                Map<EngagementKind, EngagementRatio> ratios,
                                Map<EngagementKind, EngagementTrend> trends) {
        double[] seconds = null;
        for (EngagementKind kind : EngagementKind.values()) {
            EngagementRatio ratio = off.containsKey(kind) ? null : EngagementRatio.latest(samples, kind);
            if (ratio != null) {
                ratios.put(kind, ratio);
                if (seconds == null) {
                    // the samples' times, read once for the three counts
                    seconds = EngagementTrend.secondsFromFirst(samples);
                }
                EngagementTrend trend = EngagementTrend.of(samples, seconds, kind);
                if (trend != null) {
                    trends.put(kind, trend);
                }
            }
        }
    }

    private static boolean anyViews(List<Sample> samples) {
        for (int i = 0; i < samples.size(); i++) {
            if (samples.get(i).views() > 0) {
                return true;
            }
        }
        return false;
    }

    /** Each ratio with its interval, units and bands, then the likes and comments bands. */
    private static void ratioMetrics(Detection.Builder d, Map<EngagementKind, EngagementRatio> ratios) {
        for (EngagementKind kind : EngagementKind.values()) {
            EngagementRatio r = ratios.get(kind);
            // the ratio and its bounds in loops: one builder call for the JIT to inline, not one per metric
            String[] names = {kind.metric(), kind.lowMetric(), kind.highMetric()};
            Double[] values = r == null ? new Double[names.length]
                    : new Double[] {r.ratio(), r.interval().low(), r.interval().high()};
            for (int i = 0; i < names.length; i++) {
                d.metricOrUnknown(names[i], values[i]);
            }
            for (String name : names) {
                d.unit(name, Unit.PERCENT);
            }
            if (!EngagementBand.of(kind).isEmpty()) {
                d.bands(kind.metric(), EngagementBand.of(kind)).headline(kind.metric());
            }
        }
        EngagementRatio likes = ratios.get(EngagementKind.LIKES);
        EngagementRatio comments = ratios.get(EngagementKind.COMMENTS);
        if (likes != null) {
            d.metric("likes_band", EngagementBand.label(EngagementKind.LIKES, likes.ratio()));
        } else {
            d.metricOrUnknown("likes_band", null);
        }
        if (comments != null) {
            d.metric("comments_band", EngagementBand.label(EngagementKind.COMMENTS, comments.ratio()));
        } else {
            d.metricOrUnknown("comments_band", null);
        }
    }

    private static void trendMetrics(Detection.Builder d, Map<EngagementKind, EngagementTrend> trends) {
        for (EngagementKind kind : EngagementKind.values()) {
            EngagementTrend t = trends.get(kind);
            d.metricOrUnknown(kind.trendMetric(), t == null ? null : t.slope());
            d.unit(kind.trendMetric(), Unit.PERCENT_PER_DAY);
        }
    }

    /**
     * The summary of a series with nothing over time to show (no views, every count unknown, or a single sample),
     * or {@code null} when there is a full reading.
     */
    private static String earlySummary(boolean anyViews, DetectionStatus status,
                                       Map<EngagementKind, EngagementRatio> ratios,
                                       Map<EngagementKind, TurnedOffCounts.TurnedOff> off, List<Sample> samples,
                                       Double watch) {
        if (!anyViews) {
            return samples.isEmpty() ? "The series has no samples; engagement per view needs a sample "
                    + "with views." : "None of the " + samples.size() + " samples has any views yet, so engagement "
                    + "per view is undefined; it needs a sample with views.";
        }
        if (ratios.isEmpty() && off.isEmpty()) {
            return "Likes, comments and shares are unknown in all " + samples.size() + " samples "
                    + "(hidden, turned off or not in the data), so there is no engagement to measure.";
        }
        if (status != DetectionStatus.OK) {
            String reading = summary(ratios, off, samples, watch);
            return ratios.isEmpty() ? reading : "Only 1 sample, so engagement over time is unknown (it"
                    + " needs at least 2); at that moment, o" + reading.substring(1);
        }
        return null;
    }

    /** The counts turned off at the last sample having them (read 0, but hidden or disabled), with their run. */
    private static Map<EngagementKind, TurnedOffCounts.TurnedOff> turnedOffAtEnd(VideoSeries series) {
        Map<EngagementKind, TurnedOffCounts.TurnedOff> off = new EnumMap<>(EngagementKind.class);
        for (EngagementKind kind : EngagementKind.values()) {
            TurnedOffCounts.atEnd(series, kind.plural()).ifPresent(r -> off.put(kind, r));
        }
        return off;
    }

    /**
     * The ratio of cumulative counts at every sample with views and the count known: one point per sample, in
     * days from the 00:00 UTC before the first sample (samples fall at any time of day).
     */
    private static FittedCurve curve(List<Sample> samples, EngagementKind kind) {
        Instant start = samples.get(0).at().truncatedTo(ChronoUnit.DAYS);
        double[] offsets = new double[samples.size()];
        double[] values = new double[samples.size()];
        int n = 0;
        for (Sample s : samples) {
            Long c = kind.count(s);
            if (s.views() > 0 && c != null) {
                offsets[n] = Elapsed.millis(start, s.at()) / (double) DAY_MILLIS;
                values[n] = Math.min(1.0, (double) c / s.views());
                n++;
            }
        }
        return FittedCurve.irregular(kind.curveName(), kind.quantity(), true, start, Duration.ofDays(1),
                Arrays.copyOf(offsets, n), Arrays.copyOf(values, n));
    }

    private static String summary(Map<EngagementKind, EngagementRatio> ratios,
                                  Map<EngagementKind, TurnedOffCounts.TurnedOff> off, List<Sample> samples,
                                  Double watchMinutesPerView) {
        double views = mostViews(ratios, samples.get(samples.size() - 1).views());
        StringBuilder s = new StringBuilder("Of ").append(Numbers.count(views)).append(" views");
        String separator = ": ";
        for (EngagementKind kind : EngagementKind.values()) {
            EngagementRatio r = ratios.get(kind);
            TurnedOffCounts.TurnedOff drop = off.get(kind);
            s.append(separator).append(drop != null ? kind.plural() + " appear turned off ("
                    + (drop.fell() ? "they fell from " + Numbers.count(drop.before()) + " to 0 on "
                    + drop.at().toString().substring(0, 10) : "0 on " + Numbers.count(drop.views()) + " views")
                    + ", so they are unknown, not 0)"
                    : r == null ? kind.plural() + " unknown"
                    : Numbers.percent(r.ratio()) + " " + kind.verb() + band(kind, r));
            separator = ", ";
        }
        if (watchMinutesPerView != null) {
            s.append("; ").append(Numbers.minutes(watchMinutesPerView)).append(" watched per view");
        }
        return s.append('.').toString();
    }

    /** The most views any ratio rests on, as {@code Math.max} folds them; {@code otherwise} when there is none. */
    private static double mostViews(Map<EngagementKind, EngagementRatio> ratios, double otherwise) {
        boolean any = false;
        double most = otherwise;
        for (EngagementRatio r : ratios.values()) {
            most = any ? Math.max(most, r.views()) : r.views();
            any = true;
        }
        return most;
    }

    private static String band(EngagementKind kind, EngagementRatio r) {
        return EngagementBand.of(kind).isEmpty() ? "" : " (" + EngagementBand.label(kind, r.ratio()) + ")";
    }
}
