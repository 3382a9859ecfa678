package io.viralscope.app.cli;

import io.viralscope.app.Counted;
import io.viralscope.app.UserError;
import io.viralscope.app.analytics.AnalyticsSession;
import io.viralscope.app.analytics.DailyAnalytics;
import io.viralscope.app.config.DurationText;
import io.viralscope.app.config.Settings;
import io.viralscope.app.store.Store;
import io.viralscope.app.youtube.ApiKey;
import io.viralscope.app.youtube.Poller;
import io.viralscope.app.youtube.Sleeper;
import io.viralscope.app.youtube.StopSignal;
import io.viralscope.app.youtube.WatchLoop;
import io.viralscope.app.youtube.WatchSchedule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** {@code viralscope watch [--every DURATION] [--for DURATION]}: poll until stopped, on an adaptive schedule. */
@Command(name = "watch", description = {
        "Poll the tracked videos until stopped, on an adaptive schedule within the daily quota.",
        "New or fast-growing videos are polled every DURATION, growing ones 4 times and old or flat ones 24 times"
                + " less often, stretched to stay within the daily quota; changed videos are re-analysed after each"
                + " round. Ctrl-C or SIGTERM finish the current batch, then exit 0."})
final class WatchCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @ParentCommand
    ViralscopeCommand root;

    @Option(names = "--every", paramLabel = "DURATION", description = "Interval of the fastest tier, such as 15m"
            + " or 1h (default: youtube.watch-every in the configuration, 15m).")
    String every;

    @Option(names = "--for", paramLabel = "DURATION", description = "Stop after this long, such as 12h or 7d"
            + " (default: run until stopped).")
    String runFor;

    @Option(names = "--analytics", description = "Also pull owner analytics of the tracked videos, once a day"
            + " (Pacific time) after a round that stored new samples (after viralscope auth login; see analytics"
            + " pull).")
    boolean analytics;

    private final CliContext ctx;

    WatchCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws InterruptedException {
        Settings.YouTube settings = root.settings().youtube();
        Duration base = every == null ? settings.watchEvery() : duration("--every", every);
        if (base.compareTo(settings.minPollInterval()) < 0) {
            throw UserError.badInput((every == null ? "youtube.watch-every " + DurationText.format(base)
                    : "--every " + every) + " is shorter than the minimum poll interval of "
                    + DurationText.format(settings.minPollInterval()) + " (youtube.min-poll-interval); choose a"
                    + " longer interval.");
        }
        Instant until = runFor == null ? null : ctx.clock().instant().plus(duration("--for", runFor));
        try (Store store = root.openExistingStore()) {
            ApiKey key = ApiKey.resolve(settings, ctx.env());
            StopSignal stop = new StopSignal();
            Sleeper sleeper = Sleeper.forClock(ctx.clock(), stop.realTimeSleeper());
            Poller poller = new Poller(store, settings, key, ctx.clock(), sleeper, stop, new SplittableRandom());
            // signed in or not is known before the first round, not a day later
            DailyAnalytics daily = !analytics ? null : new DailyAnalytics(AnalyticsSession.open(root.settings(),
                    ctx.env(), ctx.home(), store, ctx.clock(), sleeper, new SplittableRandom()),
                    () -> AnalyticsCommand.defaultVideos(store, ctx), ctx.out());
            try (WatchAnalysis analysis = WatchAnalysis.open(root, store, ctx);
                 SignalStop signals = SignalStop.install(stop, ctx.err())) {
                Consumer<Set<String>> afterRound = daily == null ? analysis::analyse
                        : changed -> analysis.analyse(withAnalytics(daily, changed));
                WatchLoop.Summary s = new WatchLoop(poller, new WatchSchedule(base, settings.dailyQuota()),
                        ctx.clock(), sleeper, stop, ctx.out(), afterRound).run(until);
                ctx.out().println("Stopped watching after " + Counted.of(s.rounds(), "round") + ": "
                        + Counted.of(s.calls(), "request") + ", " + Counted.of(s.samples(), "new sample") + ".");
                return 0;
            }
        }
    }

    /** The round's changed videos and those today's analytics pull changed (it runs once a day). */
    private static Set<String> withAnalytics(DailyAnalytics daily, Set<String> changed) {
        Set<String> all = new HashSet<>(changed);
        try {
            all.addAll(daily.pullIfDue());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return all;
    }

    private static Duration duration(String option, String text) {
        try {
            Duration d = DurationText.parse(text);
            if (d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException();
            }
            return d;
        } catch (IllegalArgumentException e) {
            throw UserError.badInput(option + " '" + text + "' is not a duration such as 30s, 15m, 6h or 1d.");
        }
    }
}
