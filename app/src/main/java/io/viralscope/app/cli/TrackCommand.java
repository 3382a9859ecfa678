package io.viralscope.app.cli;

import io.viralscope.app.Counted;
import io.viralscope.app.TerminalText;
import io.viralscope.app.UserError;
import io.viralscope.app.config.Settings;
import io.viralscope.app.store.Store;
import io.viralscope.app.store.TrackedVideo;
import io.viralscope.app.store.TrackingStore;
import io.viralscope.app.youtube.ApiFailureMessage;
import io.viralscope.app.youtube.QuotaLedger;
import io.viralscope.app.youtube.QuotaText;
import io.viralscope.app.youtube.VideoIdParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code viralscope track add ID|URL... | list | remove ID}: the videos {@code poll} and {@code watch} fetch. */
@Command(name = "track", description = "Choose the videos that poll and watch fetch from the YouTube Data API.",
        subcommands = {TrackCommand.Add.class, TrackCommand.ListTracked.class, TrackCommand.Remove.class},
        synopsisSubcommandLabel = "(add | list | remove)")
final class TrackCommand implements Runnable {

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

    /** {@code track add ID|URL...}. */
    @Command(name = "add", description = "Track videos, given by id or by any YouTube video link (watch?v=,"
            + " youtu.be/, /shorts/, /embed/, /live/). All or nothing: one bad argument adds none.")
    static final class Add implements Callable<Integer> {

        @Mixin
        HelpOption help;

        @ParentCommand
        TrackCommand track;

        @Parameters(paramLabel = "ID|URL", arity = "0..*", description = "Video ids or links (an id may start with"
                + " a dash).")
        List<String> videos = new ArrayList<>();

        // ids may start with '-', which picocli would take for an unknown option: they arrive here instead
        @Unmatched
        List<String> dashed = new ArrayList<>();

        @Spec
        CommandSpec spec;

        private final CliContext ctx;

        Add(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            List<String> given = new ArrayList<>(videos);
            given.addAll(dashed);
            if (given.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "Missing required parameter: 'ID|URL'");
            }
            LinkedHashSet<String> ids = new LinkedHashSet<>();
            for (String v : given) {
                ids.add(VideoIdParser.parse(v)); // refuses the first bad argument before anything is written
            }
            try (Store store = track.root.openStore()) {
                TrackingStore tracking = new TrackingStore(store, ctx.clock());
                List<String> added = tracking.track(new ArrayList<>(ids));
                for (String id : ids) {
                    ctx.out().println((added.contains(id) ? "Tracking " : "Already tracking ") + id + ".");
                }
                int total = tracking.trackedIds().size();
                ctx.out().println("Now tracking " + Counted.of(total, "video") + "; run 'viralscope"
                        + " poll' (or 'viralscope watch') to fetch their counts.");
                return 0;
            }
        }
    }

    /** {@code track list}. */
    @Command(name = "list", description = "List the tracked videos: state, samples held, last sample, title;"
            + " then today's quota use.")
    static final class ListTracked implements Callable<Integer> {

        private static final int TITLE_WIDTH = 60;

        @Mixin
        HelpOption help;

        @ParentCommand
        TrackCommand track;

        private final CliContext ctx;

        ListTracked(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            Settings settings = track.root.settings();
            try (Store store = track.root.openExistingStore()) {
                List<TrackedVideo> videos = new TrackingStore(store, ctx.clock()).tracked();
                if (videos.isEmpty()) {
                    ctx.out().println("No video is tracked; add one with 'viralscope track add ID|URL'.");
                } else {
                    ctx.out().printf("%-11s  %-38s  %7s  %-20s  %s%n", "VIDEO", "STATE", "SAMPLES", "LAST SAMPLE",
                            "TITLE");
                    for (TrackedVideo v : videos) {
                        String state = v.available() ? "active"
                                : "unavailable since " + ApiFailureMessage.utc(v.unavailableSince());
                        ctx.out().printf("%-11s  %-38s  %7d  %-20s  %s%n", v.videoId(), state, v.sampleCount(),
                                v.lastSampleAt() == null ? "none yet" : ApiFailureMessage.utc(v.lastSampleAt()),
                                TerminalText.printable(v.title(), TITLE_WIDTH));
                    }
                    ctx.out().println(Counted.of(videos.size(), "tracked video") + ".");
                }
                QuotaLedger ledger = new QuotaLedger(store, ctx.clock(), settings.youtube().dailyQuota());
                String quota = QuotaText.today(ledger.usage());
                ctx.out().println(Character.toUpperCase(quota.charAt(0)) + quota.substring(1) + ".");
                return 0;
            }
        }
    }

    /** {@code track remove ID}. */
    @Command(name = "remove", description = "Stop tracking a video; its samples stay in the store.")
    static final class Remove implements Callable<Integer> {

        @Mixin
        HelpOption help;

        @ParentCommand
        TrackCommand track;

        @Parameters(paramLabel = "ID", arity = "0..1", description = "The video id (or link).")
        String video;

        // an id may start with '-', which picocli would take for an unknown option
        @Unmatched
        List<String> dashed = new ArrayList<>();

        @Spec
        CommandSpec spec;

        private final CliContext ctx;

        Remove(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            List<String> given = new ArrayList<>(dashed);
            if (video != null) {
                given.add(0, video);
            }
            if (given.size() != 1) {
                throw new ParameterException(spec.commandLine(), given.isEmpty()
                        ? "Missing required parameter: 'ID'" : "Give one video to remove, not " + given.size() + ".");
            }
            String id = VideoIdParser.parse(given.get(0));
            try (Store store = track.root.openExistingStore()) {
                TrackingStore tracking = new TrackingStore(store, ctx.clock());
                int samples = tracking.tracked(id).map(TrackedVideo::sampleCount).orElse(0);
                if (!tracking.untrack(id)) {
                    throw UserError.badInput("Video " + id + " is not tracked; 'viralscope track list' shows the"
                            + " tracked videos.");
                }
                ctx.out().println("Stopped tracking " + id + "; its " + Counted.of(samples, "sample")
                        + " stay in the store.");
                return 0;
            }
        }
    }
}
