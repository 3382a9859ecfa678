package io.viralscope.app.youtube;

import io.viralscope.app.ExitCodes;
import io.viralscope.app.UserError;
import io.viralscope.app.analysis.Progress;
import io.viralscope.app.store.RecentViews;
import io.viralscope.app.store.TrackedVideo;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code watch}: polling rounds until stopped, each over the videos the {@link WatchSchedule} says are due, with
 * the tracked list and the tiers re-read before every round (videos added by {@code track add} meanwhile are
 * picked up). A stop request ends the loop after the batches under way are stored. API failures that pass
 * (network, 5xx, rate limits beyond the retries) are reported and the loop goes on; the daily quota running out
 * pauses it until the Pacific-time reset; a failure only the user can fix (key, API not enabled) ends it.
 */
public final class WatchLoop {

    private static final Duration PLAN_EVERY = Duration.ofHours(1);
    /** A wake-up this close to the end of {@code --for} starts no new round: a real sleep can end a moment early. */
    private static final Duration END_SLACK = Duration.ofSeconds(1);

    private final Poller poller;
    private final WatchSchedule schedule;
    private final Clock clock;
    private final Sleeper sleeper;
    private final StopSignal stop;
    private final PrintStream out;
    private final Consumer<Set<String>> onChanged;

    /**
     * @param poller    the wired poller
     * @param schedule  the adaptive schedule
     * @param clock     the one clock
     * @param sleeper   how to wait (ends early on stop in real time; advances simulated time)
     * @param stop      the stop signal
     * @param out       where the plan and one line per round go
     * @param onChanged called after each round with the videos whose series gained samples
     */
    public WatchLoop(Poller poller, WatchSchedule schedule, Clock clock, Sleeper sleeper, StopSignal stop,
                     PrintStream out, Consumer<Set<String>> onChanged) {
        this.poller = poller;
        this.schedule = schedule;
        this.clock = clock;
        this.sleeper = sleeper;
        this.stop = stop;
        this.out = out;
        this.onChanged = onChanged;
    }

    /**
     * Runs until a stop is requested or {@code until} (may be {@code null}: no end).
     *
     * @return what the whole watch did
     * @throws UserError exit 3 on a failure only the user can fix
     */
    public Summary run(Instant until) throws InterruptedException {
        int rounds = 0;
        int calls = 0;
        int samples = 0;
        String lastPlan = null;
        Instant lastPlanAt = Instant.MIN;
        Instant announced = null;
        while (!stop.requested() && (until == null || clock.instant().plus(END_SLACK).isBefore(until))) {
            Instant now = clock.instant();
            List<TrackedVideo> videos = poller.tracking().trackedForPolling();
            Map<String, RecentViews> views = poller.tracking().recentApiViews(
                    videos.stream().map(TrackedVideo::videoId).toList(), Duration.ofDays(1));
            WatchSchedule.Plan plan = schedule.plan(videos, views, now);
            String described = plan.describe(poller.ledger().dailyBudget());
            // a changed plan is shown, but not more than once an hour: tiers shift a little at every round
            if (lastPlan == null || !described.equals(lastPlan) && !now.isBefore(lastPlanAt.plus(PLAN_EVERY))) {
                out.println(described);
                if (lastPlan == null) {
                    out.println(poller.retention().describe() + " " + QuotaText.today(poller.ledger().usage()));
                }
                lastPlan = described;
                lastPlanAt = now;
            }
            QuotaLedger.Usage usage = poller.ledger().usage();
            if (usage.remaining() == 0) {
                out.println("No quota left today (" + QuotaText.today(usage) + "); waiting for the reset.");
                pause(Duration.between(now, usage.resetAt()).plusSeconds(1), until);
                continue;
            }
            List<String> due = plan.due(videos, now);
            if (due.isEmpty()) {
                Instant next = plan.nextDue(videos);
                Instant at = next == null || next.isBefore(now) ? now.plus(plan.base()) : next;
                if (!at.equals(announced)) { // once per new time, not on every wake-up
                    announceNextRound(videos.isEmpty(), at, until);
                    announced = at;
                }
                pause(Duration.between(now, at), until);
                continue;
            }
            int purged = poller.purgeExpired();
            if (purged > 0) {
                out.println("Purged " + purged + " API samples stored more than " + poller.retention().days()
                        + " days ago.");
            }
            PollOutcome o = poller.poll(due, Progress.NONE);
            rounds++;
            calls += o.calls();
            samples += o.samplesAdded();
            out.println(ApiFailureMessage.utc(now) + "  " + PollSummary.line(o));
            if (!o.changed().isEmpty()) {
                onChanged.accept(o.changed());
            }
            if (o.failure() != null) {
                String sentence = poller.explain(o.failure());
                if (o.failure().problem().permanent()) {
                    throw new UserError(ExitCodes.YOUTUBE_API, sentence);
                }
                out.println(sentence);
                if (o.failure().problem().waitsForReset()) {
                    pause(Duration.between(clock.instant(), poller.ledger().nextReset()).plusSeconds(1), until);
                    continue;
                }
            }
            if (o.fetched() == 0) {
                // nothing could be fetched: do not spin, and say when the next try is
                Instant at = clock.instant().plus(plan.base());
                announceNextRound(false, at, until);
                announced = at;
                pause(plan.base(), until);
            }
        }
        return new Summary(rounds, calls, samples);
    }

    /** Says when the next round is due, so a person watching knows it is alive and when to look again. */
    private void announceNextRound(boolean nothingTracked, Instant at, Instant until) {
        String in = ", in " + WatchTimes.span(Duration.between(clock.instant(), at)) + ".";
        if (until != null && !at.isBefore(until)) {
            out.println("Nothing is due before watching ends at " + WatchTimes.second(until) + " (--for).");
        } else if (nothingTracked) {
            out.println("No video is tracked yet (add one with 'viralscope track add ID|URL'); looking again at "
                    + WatchTimes.second(at) + in);
        } else {
            out.println("Next round at " + WatchTimes.second(at) + in);
        }
    }

    private void pause(Duration d, Instant until) throws InterruptedException {
        Duration wait = d.isNegative() ? Duration.ZERO : d;
        if (until != null) {
            Duration left = Duration.between(clock.instant(), until);
            if (left.compareTo(wait) < 0) {
                wait = left.isNegative() ? Duration.ZERO : left;
            }
        }
        // never spin: a due time in the past still waits a moment
        sleeper.sleep(wait.isZero() ? Duration.ofSeconds(1) : wait);
    }

    /**
     * What a watch did.
     *
     * @param rounds  polling rounds run
     * @param calls   requests sent
     * @param samples new samples stored
     */
    public record Summary(int rounds, int calls, int samples) {
    }
}
