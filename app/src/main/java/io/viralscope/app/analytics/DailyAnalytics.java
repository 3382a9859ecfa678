package io.viralscope.app.analytics;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code watch --analytics}: owner analytics pulled at most once per day (YouTube's reporting day, Pacific
 * time), after a polling round. A failed pull is reported and tried again the next day; only a refused sign-in
 * stops the watch.
 */
public final class DailyAnalytics {

    private final AnalyticsSession session;
    private final Supplier<List<String>> videos;
    private final PrintStream out;
    private LocalDate lastPulled;

    /**
     * @param session the wired pull
     * @param videos  the videos to pull (tracked ones and those already pulled), asked for at each pull
     * @param out     where the pull's lines go
     */
    public DailyAnalytics(AnalyticsSession session, Supplier<List<String>> videos, PrintStream out) {
        this.session = session;
        this.videos = videos;
        this.out = out;
    }

    /**
     * Pulls when today's pull has not run yet.
     *
     * @return the videos whose samples changed
     */
    public Set<String> pullIfDue() throws InterruptedException {
        LocalDate today = session.pull().today();
        Set<String> changed = new HashSet<>();
        if (today.equals(lastPulled)) {
            return changed;
        }
        lastPulled = today;
        AnalyticsRound.Outcome o = session.run(videos.get(), null);
        AnalyticsRound.lines(o, session.channel()).forEach(out::println);
        if (o.failure() != null) {
            out.println(session.explain(o));
        }
        for (AnalyticsPull.VideoPull p : o.pulled()) {
            if (p.write() != null && (p.write().samplesAdded() > 0 || p.write().samplesReplaced() > 0)) {
                changed.add(p.videoId());
            }
        }
        return changed;
    }
}
