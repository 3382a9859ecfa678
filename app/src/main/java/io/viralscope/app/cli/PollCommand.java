package io.viralscope.app.cli;

import io.viralscope.app.ExitCodes;
import io.viralscope.app.UserError;
import io.viralscope.app.config.Settings;
import io.viralscope.app.store.Store;
import io.viralscope.app.store.TrackingStore;
import io.viralscope.app.youtube.ApiKey;
import io.viralscope.app.youtube.PollOutcome;
import io.viralscope.app.youtube.PollSummary;
import io.viralscope.app.youtube.Poller;
import io.viralscope.app.youtube.QuotaText;
import io.viralscope.app.youtube.Sleeper;
import io.viralscope.app.youtube.StopSignal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

/** {@code viralscope poll}: one polling round of every tracked video, for cron. */
@Command(name = "poll", description = {
        "Poll every tracked video once (for cron).",
        "One videos.list request, 1 quota unit, per 50 videos; each answer is stored as it arrives. API samples"
                + " past the retention period (youtube.retention-days) are purged first."})
final class PollCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @ParentCommand
    ViralscopeCommand root;

    private final CliContext ctx;

    PollCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Settings.YouTube settings = root.settings().youtube();
        try (Store store = root.openExistingStore()) {
            List<String> ids = new TrackingStore(store, ctx.clock()).trackedIds();
            if (ids.isEmpty()) {
                ctx.out().println("No video is tracked; add one with 'viralscope track add ID|URL'.");
                return 0;
            }
            ApiKey key = ApiKey.resolve(settings, ctx.env());
            StopSignal stop = new StopSignal();
            Poller poller = new Poller(store, settings, key, ctx.clock(),
                    Sleeper.forClock(ctx.clock(), stop.realTimeSleeper()), stop, new SplittableRandom());
            int purged = poller.purgeExpired();
            if (purged > 0) {
                ctx.out().println("Purged " + purged + " API samples stored more than " + poller.retention().days()
                        + " days ago (YouTube API policy III.E.4).");
            }
            PollOutcome outcome = poller.poll(ids, ConsoleProgress.forContext(ctx));
            String line = PollSummary.line(outcome);
            ctx.out().println(Character.toUpperCase(line.charAt(0)) + line.substring(1));
            String quota = QuotaText.today(poller.ledger().usage());
            ctx.out().println(Character.toUpperCase(quota.charAt(0)) + quota.substring(1) + ".");
            if (outcome.failure() != null) {
                throw new UserError(ExitCodes.YOUTUBE_API, poller.explain(outcome.failure()));
            }
            return 0;
        }
    }
}
