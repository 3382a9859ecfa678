package io.viralscope.app.analysis;

import io.viralscope.api.DailyGrid;
import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The series the detectors see for one video, and the days it covers (docs/architecture.md#analysis-windows): the
 * stored samples, started from 0 views at publication ({@link PublicationStart}), cut to the window. Where a window
 * edge falls between two samples at most the grid's gap allowance apart, a sample interpolated at the edge's
 * 00:00 UTC is added, so the window's first and last days count whole, as the grid would have interpolated them.
 *
 * @param series the series analysed; empty when the window holds none of the video's data
 * @param window the days it covers and the stored samples it rests on
 * @param grid   the daily grid of {@code series}, built once here and handed to every detector
 */
public record AnalysedSeries(VideoSeries series, SeriesWindow window, DailyGrid grid) {

    /** The whole series, as stored (for callers that have no publication instant or window). */
    public static AnalysedSeries whole(VideoSeries series) {
        return of(series, series.size());
    }

    /** {@code series} with its grid and the days that grid covers. */
    private static AnalysedSeries of(VideoSeries series, int storedSamples) {
        DailyGrid grid = DailyGrid.of(series);
        return new AnalysedSeries(series, SeriesWindow.of(grid, storedSamples), grid);
    }

    /**
     * The series to analyse.
     *
     * @param stored      the video's stored samples
     * @param publishedAt its publication instant, or {@code null} when unknown
     * @param window      the days asked for
     */
    public static AnalysedSeries of(VideoSeries stored, Instant publishedAt, AnalysisWindow window) {
        VideoSeries started = PublicationStart.apply(stored, publishedAt);
        if (window.whole() || started.isEmpty()) {
            return of(started, stored.size());
        }
        Instant startAt = publishedAt != null ? publishedAt : stored.firstAt().orElseThrow();
        LocalDate[] days = window.daysFor(LocalDate.ofInstant(startAt, ZoneOffset.UTC));
        Instant from = days[0] == null ? null : midnight(days[0]);
        Instant to = days[1] == null ? null : midnight(days[1].plusDays(1));
        VideoSeries cut = cut(started, from, to);
        int storedInside = (int) stored.samples().stream().filter(s -> inside(s.at(), from, to)).count();
        return of(cut, storedInside);
    }

    private static Instant midnight(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static boolean inside(Instant at, Instant from, Instant to) {
        return (from == null || !at.isBefore(from)) && (to == null || !at.isAfter(to));
    }

    /** The samples from {@code from} to {@code to} (either {@code null} when open), with interpolated edges. */
    static VideoSeries cut(VideoSeries s, Instant from, Instant to) {
        List<Sample> in = s.samples();
        List<Sample> out = new ArrayList<>();
        edge(in, from).ifPresent(out::add);
        for (Sample x : in) {
            if (inside(x.at(), from, to) && (out.isEmpty() || x.at().isAfter(out.get(out.size() - 1).at()))) {
                out.add(x);
            }
        }
        edge(in, to).filter(e -> out.isEmpty() || e.at().isAfter(out.get(out.size() - 1).at())).ifPresent(out::add);
        return s.withSamples(out);
    }

    /** The sample interpolated at {@code at} when it falls strictly between two samples close enough to bridge. */
    private static java.util.Optional<Sample> edge(List<Sample> in, Instant at) {
        if (at == null) {
            return java.util.Optional.empty();
        }
        for (int i = 1; i < in.size(); i++) {
            Sample a = in.get(i - 1);
            Sample b = in.get(i);
            if (a.at().isBefore(at) && b.at().isAfter(at)) {
                Duration span = Duration.between(a.at(), b.at());
                if (span.toMillis() > DailyGrid.DEFAULT_MAX_GAP_DAYS * 86_400_000L) {
                    return java.util.Optional.empty(); // a gap: the grid would flag it, an edge sample would hide it
                }
                double w = (double) Duration.between(a.at(), at).toMillis() / span.toMillis();
                return java.util.Optional.of(new Sample(at, Math.round(a.views() + w * (b.views() - a.views())),
                        between(a.likes(), b.likes(), w), between(a.comments(), b.comments(), w),
                        between(a.shares(), b.shares(), w)));
            }
        }
        return java.util.Optional.empty();
    }

    private static Long between(Long a, Long b, double w) {
        return a == null || b == null ? null : Math.max(0, Math.round(a + w * (b - a)));
    }
}
