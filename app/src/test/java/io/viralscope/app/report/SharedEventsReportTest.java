package io.viralscope.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.viralscope.api.CohortDetector;
import io.viralscope.api.CohortMember;
import io.viralscope.api.Detection;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.Sample;
import io.viralscope.api.SharedEvent;
import io.viralscope.app.Json;
import io.viralscope.app.UserError;
import io.viralscope.app.analysis.Progress;
import io.viralscope.app.analysis.TestDetectors;
import io.viralscope.app.config.ConfigLoader;
import io.viralscope.app.config.Settings;
import io.viralscope.app.plugins.LoadedCohortDetector;
import io.viralscope.app.plugins.LoadedDetector;
import io.viralscope.app.report.html.HtmlReportWriter;
import io.viralscope.app.store.NewSample;
import io.viralscope.app.store.Store;
import io.viralscope.app.store.VideoMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Cohort detectors in a report built from a real store: their shared events in JSON, CSV and HTML, and what
 * happens when one fails. The cohort detectors here are stand-ins; the real one is a plugin the host never sees.
 */
class SharedEventsReportTest {

    private static final Instant T0 = Instant.parse("2026-09-01T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate DAY = LocalDate.parse("2026-09-10");
    static final String HOSTILE = "<script>alert(1)</script> song";

    @TempDir
    Path dir;

    /** A stand-in cohort detector with a scripted answer. */
    record Scripted(String id, BiFunction<List<CohortMember>, DetectorContext, List<SharedEvent>> body)
            implements CohortDetector {
        @Override
        public String version() {
            return "1.0.0";
        }

        @Override
        public String description() {
            return "Scripted.";
        }

        @Override
        public List<SharedEvent> analyse(List<CohortMember> members, DetectorContext context) {
            return body.apply(members, context);
        }
    }

    private static LoadedCohortDetector loaded(Scripted d) {
        return new LoadedCohortDetector(d, "test", "1.0.0");
    }

    /** Two videos sharing a jump on DAY, one that does not. */
    private static Scripted finding() {
        return new Scripted("together", (members, context) -> List.of(new SharedEvent(DAY, "jump",
                List.of(new SharedEvent.Participant("aaaaaaaaaaa", 3.14159), new SharedEvent.Participant("bbbbbbbbbbb",
                        2.0)), "2 videos jumped together on 2026-09-10.")));
    }

    // open until each test ends: a report reads its videos from the store again when it is written
    private Store store;

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    private Report build(Settings settings, List<LoadedCohortDetector> cohort) {
        if (store != null) {
            store.close();
        }
        store = Store.open(dir.resolve("s.db"), CLOCK);
        {
            List<NewSample> samples = new ArrayList<>();
            for (String id : List.of("aaaaaaaaaaa", "bbbbbbbbbbb", "ccccccccccc")) {
                for (int d = 0; d <= 20; d++) {
                    samples.add(new NewSample(id, Sample.ofViews(T0.plusSeconds(86_400L * d), 1000L * d), "csv"));
                }
            }
            store.addSamples(List.of(new VideoMetadata("aaaaaaaaaaa", HOSTILE, null),
                    new VideoMetadata("bbbbbbbbbbb", "Song B", null), new VideoMetadata("ccccccccccc", "Song C", null)),
                    samples);
            TestDetectors.Scripted counting = new TestDetectors.Scripted("counting",
                    (d, s) -> Detection.ok(d).summary("Saw " + s.size() + " samples.").build());
            return new ReportService(settings, store, List.of(new LoadedDetector(counting, "test", "1.0.0")), cohort,
                    List.of(), CLOCK).build(List.of(), Progress.NONE);
        }
    }

    private Settings defaults() {
        return new ConfigLoader(dir).load(null);
    }

    @Test
    void aSharedEventReachesEveryFormat() throws IOException {
        Report report = build(defaults(), List.of(loaded(finding())));
        assertThat(report.problems()).isEmpty();
        assertThat(report.sharedEvents()).singleElement().satisfies(f -> assertThat(f.detector())
                .isEqualTo("together"));

        JsonNode json = JsonReportWriter.toJson(report);
        assertThat(json.get("shared_events").toString()).isEqualTo("[{\"day\":\"2026-09-10\",\"kind\":\"jump\","
                + "\"detector\":\"together\",\"video_ids\":[\"aaaaaaaaaaa\",\"bbbbbbbbbbb\"],\"sizes\":{\"aaaaaaaaaaa\":"
                + "3.14159,\"bbbbbbbbbbb\":2.0},\"summary\":\"2 videos jumped together on 2026-09-10.\"}]");

        StringWriter csv = new StringWriter();
        new CsvReportWriter().write(report, csv);
        List<String> lines = csv.toString().lines().toList();
        assertThat(lines.get(0)).endsWith(",shared_events");
        assertThat(lines.get(1)).startsWith("aaaaaaaaaaa,").endsWith(",2026-09-10 jump 3.1× (with 1 other)");
        assertThat(lines.get(2)).startsWith("bbbbbbbbbbb,").endsWith(",2026-09-10 jump 2× (with 1 other)");
        assertThat(lines.get(3)).startsWith("ccccccccccc,").endsWith(",");

        StringWriter html = new StringWriter();
        new HtmlReportWriter().write(report, html);
        String page = html.toString();
        assertThat(page).contains("<h3 id=\"shared-events\">Shared events</h3>")
                .contains("<time datetime=\"2026-09-10\">10 Sep 2026 (Thu)</time> · jump · 2 videos:")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; song</a> 3.1×")
                .contains("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 960 104\" class=\"timeline\"")
                .doesNotContain("<script>alert(1)");
        assertThat(page.indexOf("id=\"shared-events\"")).isLessThan(page.indexOf("<caption>Videos compared"));
    }

    @Test
    void withoutSharedEventsTheFormatsSayNothingOfThem() throws IOException {
        Report report = build(defaults(), List.of());
        assertThat(JsonReportWriter.toJson(report).get("shared_events")).isEmpty();
        StringWriter html = new StringWriter();
        new HtmlReportWriter().write(report, html);
        assertThat(html.toString()).doesNotContain("id=\"shared-events\"");
    }

    @Test
    void aThrowingCohortDetectorIsAProblemAndTheReportGoesOn() {
        Report report = build(defaults(), List.of(loaded(new Scripted("boom", (m, c) -> {
            throw new IllegalStateException("out of ideas");
        })), loaded(finding())));
        assertThat(report.videos()).hasSize(3);
        assertThat(report.sharedEvents()).extracting(SharedEventFinding::detector).containsExactly("together");
        assertThat(report.problems()).containsExactly("Cohort detector 'boom' failed (IllegalStateException: out of"
                + " ideas); the report shows no shared events from it.");
    }

    @Test
    void aCohortDetectorNamingAStrangerOrADayOutsideTheWindowIsLeftOut() {
        Report report = build(defaults(), List.of(
                loaded(new Scripted("stranger", (m, c) -> List.of(new SharedEvent(DAY, "jump", List.of(
                        new SharedEvent.Participant("aaaaaaaaaaa", 2), new SharedEvent.Participant("zzzzzzzzzzz", 2)),
                        "x.")))),
                loaded(new Scripted("early", (m, c) -> List.of(new SharedEvent(LocalDate.parse("2026-08-31"), "jump",
                        List.of(new SharedEvent.Participant("aaaaaaaaaaa", 2), new SharedEvent.Participant(
                                "bbbbbbbbbbb", 2)), "x.")))),
                loaded(new Scripted("nothing", (m, c) -> null))));
        assertThat(report.sharedEvents()).isEmpty();
        assertThat(report.problems()).containsExactly(
                "Cohort detector 'stranger' named video 'zzzzzzzzzzz', which is not in the report; the report shows"
                        + " no shared events from it.",
                "Cohort detector 'early' dated an event 2026-08-31, outside the window of video 'aaaaaaaaaaa'; the"
                        + " report shows no shared events from it.",
                "Cohort detector 'nothing' returned no list; the report shows no shared events from it.");
    }

    @Test
    void aCohortDetectorOverItsTimeLimitIsAProblem() throws IOException {
        Path config = dir.resolve("c.yaml");
        Files.writeString(config, "analysis:\n  detector-timeout: 100ms\n");
        Report report = build(new ConfigLoader(dir).load(config), List.of(loaded(new Scripted("slow", (m, c) -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        }))));
        assertThat(report.problems()).containsExactly("Cohort detector 'slow' exceeded its time limit of 100ms; the"
                + " report shows no shared events from it.");
    }

    @Test
    void itsSettingsAreItsOwnAndABadOneStopsTheReport() throws IOException {
        Path config = dir.resolve("c.yaml");
        Files.writeString(config, "detectors:\n  together:\n    min-videos: 1\n    typo: 3\n");
        Scripted strict = new Scripted("together", (m, c) -> {
            c.settings().getInt("min-videos", 2, 2, 100);
            return List.of();
        });
        assertThatThrownBy(() -> build(new ConfigLoader(dir).load(config), List.of(loaded(strict))))
                .isInstanceOf(UserError.class).hasMessage("Setting detectors.together.min-videos is '1' but must be a"
                        + " whole number from 2 to 100.");

        Files.writeString(config, "detectors:\n  together:\n    min-videos: 3\n    typo: 3\n");
        Report report = build(new ConfigLoader(dir).load(config), List.of(loaded(strict)));
        // known to a cohort detector, so not "no such detector is loaded"; the unread key is named
        assertThat(report.problems()).containsExactly("Detector 'together' never read the setting"
                + " detectors.together.typo; check the spelling against the detector's documented settings (README:"
                + " Detectors, verdict and breakouts).");
    }
}
