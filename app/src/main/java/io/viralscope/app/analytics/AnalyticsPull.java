package io.viralscope.app.analytics;

import io.viralscope.app.store.Store;
import io.viralscope.app.youtube.ApiFailure;
import io.viralscope.app.youtube.ApiProblem;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Pulls one video's daily figures and traffic sources from the YouTube Analytics API into the store.
 *
 * <p>Where a pull starts: at the video's first day not yet final when the store has its analytics (an incremental
 * pull), else at {@code --since}, else at publication. Its cumulative counts are exact: from publication they
 * start at 0; from a later day they are anchored to the lifetime totals up to the day before, asked for in one
 * more query. Days within {@value #PROVISIONAL_DAYS} days of today are provisional: the API leaves out the most
 * recent two or three days and may still revise the last few, so a later pull asks for them again and replaces
 * what changed. Both reports of a video are fetched and checked before anything of it is written.
 */
public final class AnalyticsPull {

    /** Days before today (Pacific time) that YouTube may still revise. */
    public static final int PROVISIONAL_DAYS = 5;
    /** The first day YouTube had a public video: a start when the publication day is unknown. */
    static final LocalDate YOUTUBE_FIRST_DAY = LocalDate.of(2005, 4, 23);

    private final AnalyticsRequests requests;
    private final AnalyticsStore analytics;
    private final Store store;
    private final Clock clock;

    public AnalyticsPull(AnalyticsRequests requests, AnalyticsStore analytics, Store store, Clock clock) {
        this.requests = requests;
        this.analytics = analytics;
        this.store = store;
        this.clock = clock;
    }

    /**
     * What became of one video.
     *
     * @param videoId the video
     * @param write   what was written; {@code null} when the API had no data for it yet
     * @param from    first day asked for
     * @param to      last day asked for
     */
    public record VideoPull(String videoId, AnalyticsStore.Write write, LocalDate from, LocalDate to) {
    }

    /** Today on YouTube Analytics' calendar. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), AnalyticsStore.ANALYTICS_ZONE);
    }

    /**
     * Pulls {@code videoId}.
     *
     * @param since the first day wanted, or {@code null} for "from publication, or where the store's data end"
     * @throws ApiFailure    on a failure the caller reports (nothing of this video is written)
     * @throws VideoNotOwned when the signed-in channel does not own it
     */
    public VideoPull pull(String videoId, LocalDate since) throws ApiFailure, VideoNotOwned, InterruptedException {
        LocalDate today = today();
        Optional<AnalyticsStore.Stored> stored = analytics.stored(videoId);
        LocalDate published = store.publishedAt(videoId)
                .map(p -> LocalDate.ofInstant(p, AnalyticsStore.ANALYTICS_ZONE)).orElse(null);
        LocalDate start;
        boolean needsAnchor;
        if (stored.isPresent() && (since == null || !since.isBefore(stored.get().firstDay()))) {
            LocalDate unsettled = stored.get().firstUnsettled();
            start = since == null || since.isAfter(unsettled) ? unsettled : since;
            needsAnchor = false;
        } else {
            start = since != null ? since : published != null ? published : YOUTUBE_FIRST_DAY;
            needsAnchor = true;
        }
        if (start.isAfter(today)) {
            return new VideoPull(videoId, new AnalyticsStore.Write(0, 0, 0, 0, 0), start, today);
        }
        NavigableMap<LocalDate, DayFigures> daily = days(requests.send(ReportQuery.daily(videoId, start, today)),
                start, today);
        Map.Entry<LocalDate, DayFigures> anchor = null;
        if (needsAnchor) {
            boolean fromPublication = published == null ? since == null : !start.isAfter(published);
            if (fromPublication) {
                // leading days without any figure are padding before publication, not the video's history
                while (!daily.isEmpty() && daily.firstEntry().getValue().equals(DayFigures.ZERO)
                        && (published == null || daily.firstKey().isBefore(published))) {
                    daily.pollFirstEntry();
                }
                if (daily.isEmpty()) {
                    return new VideoPull(videoId, null, start, today);
                }
                anchor = new AbstractMap.SimpleEntry<>(daily.firstKey(), DayFigures.ZERO);
            } else {
                anchor = new AbstractMap.SimpleEntry<>(start, totalsBefore(videoId, start, published));
            }
        }
        if (daily.isEmpty() && anchor != null && anchor.getValue().equals(DayFigures.ZERO)) {
            return new VideoPull(videoId, null, start, today);
        }
        List<AnalyticsStore.TrafficRow> traffic = traffic(requests.send(
                ReportQuery.trafficSources(videoId, start, today)), start, today);
        LocalDate settledBefore = today.minusDays(PROVISIONAL_DAYS);
        NavigableMap<LocalDate, AnalyticsStore.StoredDay> days = new TreeMap<>();
        daily.forEach((day, f) -> days.put(day, new AnalyticsStore.StoredDay(f, !day.isBefore(settledBefore))));
        return new VideoPull(videoId, analytics.write(videoId, anchor, days, traffic), start, today);
    }

    private DayFigures totalsBefore(String videoId, LocalDate start, LocalDate published)
            throws ApiFailure, VideoNotOwned, InterruptedException {
        LocalDate from = published != null ? published : YOUTUBE_FIRST_DAY;
        if (!from.isBefore(start)) {
            return DayFigures.ZERO;
        }
        ResultTable totals = requests.send(ReportQuery.totals(videoId, from, start.minusDays(1)));
        if (totals.rows().isEmpty()) {
            return DayFigures.ZERO;
        }
        if (totals.rows().size() != 1) {
            throw malformed("totals in " + totals.rows().size() + " rows");
        }
        return DayFigures.of(totals.rows().get(0).metrics());
    }

    private static NavigableMap<LocalDate, DayFigures> days(ResultTable table, LocalDate from, LocalDate to)
            throws ApiFailure {
        NavigableMap<LocalDate, DayFigures> out = new TreeMap<>();
        for (ResultTable.Row row : table.rows()) {
            LocalDate day = day(row.dimensions().get(0), from, to);
            if (out.put(day, DayFigures.of(row.metrics())) != null) {
                throw malformed("day " + day + " given twice");
            }
        }
        return out;
    }

    private static List<AnalyticsStore.TrafficRow> traffic(ResultTable table, LocalDate from, LocalDate to)
            throws ApiFailure {
        Map<String, AnalyticsStore.TrafficRow> out = new java.util.LinkedHashMap<>();
        for (ResultTable.Row row : table.rows()) {
            LocalDate day = day(row.dimensions().get(0), from, to);
            String source = TrafficSourceNames.studioName(row.dimensions().get(1));
            if (source.isBlank()) {
                throw malformed("a traffic source without a name");
            }
            AnalyticsStore.TrafficRow r = new AnalyticsStore.TrafficRow(day, source, row.metrics()[0]);
            if (out.put(day + "|" + source, r) != null) {
                throw malformed("traffic source " + source + " on " + day + " given twice");
            }
        }
        return new ArrayList<>(out.values());
    }

    private static LocalDate day(String text, LocalDate from, LocalDate to) throws ApiFailure {
        LocalDate day;
        try {
            day = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw malformed("a day that is not YYYY-MM-DD");
        }
        if (day.isBefore(from) || day.isAfter(to)) {
            throw malformed("day " + day + " outside " + from + " to " + to);
        }
        return day;
    }

    private static ApiFailure malformed(String why) {
        return new ApiFailure(ApiProblem.NOT_AN_API_RESPONSE, 200, why, 1);
    }

    /** When the quota resets: the coming midnight in Pacific time. */
    public Instant nextQuotaReset() {
        return today().plusDays(1).atStartOfDay(AnalyticsStore.ANALYTICS_ZONE).toInstant();
    }
}
