package io.viralscope.app.analysis;

import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a series from 0 views so its first day counts (docs/architecture.md#daily-grid). The daily grid keeps only
 * whole UTC days, and a series tracked from shortly after publication would otherwise lose its launch day, often
 * its biggest. Added samples of 0 views, all true statements since a video has no views before it is published:
 * <ul>
 *   <li>when {@code published_at} is known and at most {@link #MAX_LEAD} before the first sample: one at
 *       publication and one at 00:00 UTC of the publication day;</li>
 *   <li>when the first sample itself reads 0 views (a Studio export's baseline day): one at 00:00 UTC of its day.</li>
 * </ul>
 * Likes, comments and shares of an added sample are 0 where the first sample knows them, else unknown.
 */
public final class PublicationStart {

    /** Longest lead of publication over the first sample for which the series is started from it. */
    public static final Duration MAX_LEAD = Duration.ofHours(48);

    private PublicationStart() {
    }

    /** {@code series} started from 0 views where the rules above allow, else unchanged. */
    public static VideoSeries apply(VideoSeries series, Instant publishedAt) {
        if (series.isEmpty()) {
            return series;
        }
        Sample first = series.samples().get(0);
        Instant zeroFrom;
        if (first.views() == 0) {
            zeroFrom = first.at();
        } else if (publishedAt != null && publishedAt.isBefore(first.at())
                && Duration.between(publishedAt, first.at()).compareTo(MAX_LEAD) <= 0) {
            zeroFrom = publishedAt;
        } else {
            return series;
        }
        Instant midnight = zeroFrom.truncatedTo(ChronoUnit.DAYS);
        List<Sample> out = new ArrayList<>(series.size() + 2);
        if (midnight.isBefore(zeroFrom)) {
            out.add(zero(midnight, first));
        }
        if (zeroFrom.isBefore(first.at())) {
            out.add(zero(zeroFrom, first));
        }
        if (out.isEmpty()) {
            return series;
        }
        out.addAll(series.samples());
        return series.withSamples(out);
    }

    private static Sample zero(Instant at, Sample first) {
        return new Sample(at, 0, first.likes() == null ? null : 0L, first.comments() == null ? null : 0L,
                first.shares() == null ? null : 0L, first.watchMinutes() == null ? null : 0L);
    }
}
