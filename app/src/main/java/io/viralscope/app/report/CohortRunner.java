package io.viralscope.app.report;

import io.viralscope.api.CohortDetector;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.DetectorSettings;
import io.viralscope.api.SharedEvent;
import io.viralscope.app.UserError;
import io.viralscope.app.config.DurationText;
import io.viralscope.app.plugins.LoadedCohortDetector;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs the cohort detectors once over every analysed video of a report, after the per-video detectors. A cohort
 * detector that throws, breaks the rules of {@link CohortDetector} or exceeds the time limit adds a problem
 * sentence to the report and contributes nothing; the report goes on. A bad setting stops the report, as for a
 * per-video detector. Results are not cached: finding shared events is one pass over the videos. The members are
 * read on demand ({@link CohortMembers}), and the time limit counts only the time in which the detector read no
 * member, so reading many videos from the store does not use up the detector's time.
 */
final class CohortRunner {

    /**
     * What the cohort detectors found.
     *
     * @param findings the shared events, by day, then detector
     * @param problems sentences about cohort detectors that failed or never read a configured setting
     */
    record Outcome(List<SharedEventFinding> findings, List<String> problems) {
    }

    private final List<LoadedCohortDetector> detectors;
    private final Function<String, Map<String, Object>> settingsOf;
    private final Duration timeout;

    CohortRunner(List<LoadedCohortDetector> detectors, Function<String, Map<String, Object>> settingsOf,
                 Duration timeout) {
        this.detectors = List.copyOf(detectors);
        this.settingsOf = settingsOf;
        this.timeout = timeout;
    }

    /**
     * Runs every cohort detector over {@code members}.
     *
     * @param members   the report's videos, read on demand
     * @param summaries each member's summary, in the same order, to check the findings against: asked for once a
     *                  detector has answered
     */
    Outcome run(CohortMembers members, java.util.function.Supplier<List<VideoSummary>> summaries) {
        List<SharedEventFinding> findings = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (detectors.isEmpty()) {
            return new Outcome(List.of(), List.of());
        }
        ExecutorService calls = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "viralscope-cohort-detector");
            t.setDaemon(true);
            return t;
        });
        try {
            for (LoadedCohortDetector loaded : detectors) {
                CohortDetector d = loaded.detector();
                String id = idOf(d);
                Map<String, Object> settings = settingsOf.apply(id);
                DetectorContext context = DetectorContext.of(id, settings);
                Future<List<SharedEvent>> call = calls.submit(() -> d.analyse(members, context));
                try {
                    List<SharedEvent> events = await(call, members);
                    String broken = brokenRule(events, summaries.get());
                    if (broken != null) {
                        problems.add(skipped(id, broken));
                    } else {
                        events.forEach(e -> findings.add(new SharedEventFinding(id, e)));
                    }
                } catch (TimeoutException e) {
                    call.cancel(true);
                    problems.add(skipped(id, "exceeded its time limit of " + DurationText.format(timeout)));
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof DetectorSettings.InvalidSettingException bad) {
                        throw UserError.badInput(bad.getMessage());
                    }
                    if (cause instanceof UserError user) {
                        throw user; // from reading a member: a per-video detector's bad setting, say
                    }
                    problems.add(skipped(id, "failed (" + cause.getClass().getSimpleName()
                            + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")"));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    problems.add(skipped(id, "was interrupted"));
                }
                Set<String> unread = new TreeSet<>(context.settings().keys());
                unread.removeAll(context.settings().keysRead());
                if (!unread.isEmpty()) {
                    problems.add("Detector '" + id + "' never read the setting" + (unread.size() == 1 ? " " : "s ")
                            + unread.stream().map(k -> "detectors." + id + "." + k)
                            .collect(Collectors.joining(", "))
                            + "; check the spelling against the detector's documented settings (README: Detectors, "
                            + "verdict and breakouts).");
                }
            }
        } finally {
            calls.shutdownNow();
        }
        findings.sort(Comparator.comparing((SharedEventFinding f) -> f.event().day())
                .thenComparing(SharedEventFinding::detector));
        return new Outcome(List.copyOf(findings), List.copyOf(problems));
    }

    /**
     * Slices of waiting: the time limit is charged a slice only when no member was handed out during it and none
     * is being read at its end.
     */
    private static final long SLICES = 40;

    /**
     * The call's result, waiting while it reads members and for at most the time limit of waiting without a
     * member read.
     */
    private <T> T await(Future<T> call, CohortMembers members)
            throws InterruptedException, ExecutionException, TimeoutException {
        long slice = Math.max(1, timeout.toMillis() / SLICES);
        long charged = 0;
        long seen = members.read();
        while (true) {
            try {
                return call.get(slice, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                long now = members.read();
                if (now == seen && !members.reading()) {
                    charged += slice;
                    if (charged >= timeout.toMillis()) {
                        throw e;
                    }
                }
                seen = now;
            }
        }
    }

    private static String idOf(CohortDetector d) {
        try {
            return d.id();
        } catch (RuntimeException e) {
            return d.getClass().getName();
        }
    }

    private static String skipped(String id, String why) {
        return "Cohort detector '" + id + "' " + why + "; the report shows no shared events from it.";
    }

    /** The rule of {@link CohortDetector} that {@code events} break, or {@code null} when they keep them all. */
    private static String brokenRule(List<SharedEvent> events, List<VideoSummary> summaries) {
        if (events == null) {
            return "returned no list";
        }
        Map<String, VideoSummary> byId = summaries.stream()
                .collect(Collectors.toMap(VideoSummary::videoId, Function.identity(), (a, b) -> a));
        for (SharedEvent e : events) {
            if (e == null) {
                return "returned a null event";
            }
            for (String videoId : e.videoIds()) {
                VideoSummary s = byId.get(videoId);
                if (s == null) {
                    return "named video '" + videoId + "', which is not in the report";
                }
                LocalDate first = s.firstAt() == null ? null : s.firstAt().atOffset(ZoneOffset.UTC).toLocalDate();
                LocalDate last = s.lastAt() == null ? null : s.lastAt().atOffset(ZoneOffset.UTC).toLocalDate();
                if (first == null || e.day().isBefore(first) || e.day().isAfter(last)) {
                    return "dated an event " + e.day() + ", outside the window of video '" + videoId + "'";
                }
            }
        }
        return null;
    }
}
