package io.viralscope.app.analytics;

import io.viralscope.app.Counted;
import io.viralscope.app.youtube.ApiFailure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One pull of several videos, for {@code analytics pull} and {@code watch}: each video in turn, the ones the channel
 * does not own named and skipped, the pull stopped by the first failure (what was pulled before it is stored).
 */
public final class AnalyticsRound {

    /**
     * @param pulled      the videos pulled (with or without data)
     * @param notOwned    the videos the channel does not own
     * @param failure     the failure that stopped the round, or {@code null}
     * @param failedVideo the video it stopped on, or {@code null}
     */
    public record Outcome(List<AnalyticsPull.VideoPull> pulled, List<String> notOwned, ApiFailure failure,
                          String failedVideo) {
    }

    private AnalyticsRound() {
    }

    /** Pulls {@code ids} in order from {@code since} (or {@code null}: see {@link AnalyticsPull#pull}). */
    public static Outcome run(AnalyticsPull pull, List<String> ids, LocalDate since) throws InterruptedException {
        List<AnalyticsPull.VideoPull> pulled = new ArrayList<>();
        List<String> notOwned = new ArrayList<>();
        for (String id : ids) {
            try {
                pulled.add(pull.pull(id, since));
            } catch (VideoNotOwned e) {
                notOwned.add(id);
            } catch (ApiFailure f) {
                return new Outcome(pulled, notOwned, f, id);
            }
        }
        return new Outcome(pulled, notOwned, null, null);
    }

    /** What a person reads about the round: skipped videos, videos without data yet, then the totals. */
    public static List<String> lines(Outcome o, String channel) {
        List<String> lines = new ArrayList<>();
        for (String id : o.notOwned()) {
            lines.add("Skipped " + id + ": " + channel + " does not own it (YouTube Analytics answered 403"
                    + " forbidden).");
        }
        int days = 0;
        int revised = 0;
        int added = 0;
        int replaced = 0;
        int traffic = 0;
        int withData = 0;
        for (AnalyticsPull.VideoPull p : o.pulled()) {
            if (p.write() == null) {
                lines.add("No analytics for " + p.videoId() + " from " + p.from() + " to " + p.to() + " yet"
                        + " (YouTube reports days after two or three days).");
                continue;
            }
            withData++;
            days += p.write().daysAdded();
            revised += p.write().daysRevised();
            added += p.write().samplesAdded();
            replaced += p.write().samplesReplaced();
            traffic += p.write().trafficRows();
        }
        String what = days + revised + added + replaced + traffic == 0 ? "nothing new"
                : Counted.of(days, "day") + " added, " + revised + " revised by YouTube; "
                + Counted.of(added, "sample") + " added, " + replaced + " replaced; "
                + Counted.of(traffic, "traffic-source row") + " written";
        lines.add("Pulled owner analytics of " + Counted.of(withData, "video") + ": " + what + ".");
        return lines;
    }
}
