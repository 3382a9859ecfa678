package io.viralscope.app.cli;

import io.viralscope.app.UserError;
import io.viralscope.app.analytics.AnalyticsRound;
import io.viralscope.app.analytics.AnalyticsSession;
import io.viralscope.app.analytics.AnalyticsStore;
import io.viralscope.app.store.Store;
import io.viralscope.app.store.TrackingStore;
import io.viralscope.app.youtube.Sleeper;
import io.viralscope.app.youtube.StopSignal;
import io.viralscope.app.youtube.VideoIdParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

/** {@code viralscope analytics pull}: owner analytics of the signed-in channel's videos. */
@Command(name = "analytics", description = "Owner analytics from the YouTube Analytics API (after viralscope auth"
        + " login).", subcommands = {AnalyticsCommand.Pull.class}, synopsisSubcommandLabel = "pull")
final class AnalyticsCommand implements Runnable {

    @Mixin
    HelpOption help;

    @ParentCommand
    ViralscopeCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw MissingSubcommand.of(spec);
    }

    /** The tracked videos and those pulled before: what a pull without --video covers. */
    static List<String> defaultVideos(Store store, CliContext ctx) {
        Set<String> ids = new LinkedHashSet<>(new TrackingStore(store, ctx.clock()).trackedIds());
        ids.addAll(new AnalyticsStore(store, ctx.clock()).videosWithAnalytics());
        return new ArrayList<>(ids);
    }

    /** {@code analytics pull [--video ID|URL]... [--since DATE]}. */
    @Command(name = "pull", description = {"Pull daily views, likes, comments, shares, watch time and subscribers"
            + " gained, and daily views by traffic source, of the signed-in channel's videos.",
            "Default: every tracked video (and every video pulled before), from publication or from where the"
                    + " store's data end. Videos the channel does not own are named and skipped. Recent days YouTube"
                    + " may still revise are pulled again next time and replaced when they changed."})
    static final class Pull implements Callable<Integer> {

        @Mixin
        HelpOption help;

        @ParentCommand
        AnalyticsCommand analytics;

        @Option(names = "--video", paramLabel = "ID|URL", description = "A video to pull (repeatable); default:"
                + " the tracked videos.")
        List<String> videos = new ArrayList<>();

        @Option(names = "--since", paramLabel = "DATE", description = "First day to pull, YYYY-MM-DD (default:"
                + " publication, or the first day the store does not hold for good); earlier totals anchor the"
                + " counts.")
        String since;

        private final CliContext ctx;

        Pull(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() throws InterruptedException {
            LocalDate from = since == null ? null : date(since);
            List<String> ids = new ArrayList<>();
            for (String v : videos) {
                String id = VideoIdParser.parse(v);
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
            ViralscopeCommand root = analytics.root;
            try (Store store = ids.isEmpty() ? root.openExistingStore() : root.openStore()) {
                if (ids.isEmpty()) {
                    ids = defaultVideos(store, ctx);
                    if (ids.isEmpty()) {
                        ctx.out().println("No video is tracked; name one with --video ID|URL, or track it with"
                                + " 'viralscope track add ID|URL'.");
                        return 0;
                    }
                }
                StopSignal stop = new StopSignal();
                AnalyticsSession session = AnalyticsSession.open(root.settings(), ctx.env(), ctx.home(), store,
                        ctx.clock(), Sleeper.forClock(ctx.clock(), stop.realTimeSleeper()), new SplittableRandom());
                AnalyticsRound.Outcome outcome = session.run(ids, from);
                AnalyticsRound.lines(outcome, session.channel()).forEach(ctx.out()::println);
                if (outcome.failure() != null) {
                    throw session.error(outcome);
                }
                return 0;
            }
        }

        private static LocalDate date(String text) {
            try {
                return LocalDate.parse(text.trim());
            } catch (DateTimeParseException e) {
                throw UserError.badInput("--since '" + text + "' is not a date such as 2026-09-01.");
            }
        }
    }
}
