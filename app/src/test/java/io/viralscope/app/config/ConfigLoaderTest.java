package io.viralscope.app.config;

import io.viralscope.app.store.StoreLocation;
import io.viralscope.app.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest {

    @TempDir
    Path home;

    private Path write(String yaml) throws IOException {
        Path f = home.resolve("c.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    @Test
    void shippedDefaultsApplyWithoutAFile() {
        Settings s = new ConfigLoader(home).load(null);
        assertThat(s.store()).isEqualTo(StoreLocation.file(home.resolve(".viralscope/viralscope.db")));
        assertThat(s.pluginsDir()).isNull();
        assertThat(s.analysis().detectorTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.analysis().threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(s.youtube().rootUrl()).isEqualTo("https://www.googleapis.com/");
        assertThat(s.source()).isEqualTo("built-in defaults");
    }

    @Test
    void userFileOverridesOnlyTheKeysItSets() throws IOException {
        Settings s = new ConfigLoader(home).load(write("""
                analysis:
                  detector-timeout: 2m
                detectors:
                  growth-curve:
                    starts: 4
                """));
        assertThat(s.analysis().detectorTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(s.analysis().cacheSize()).isEqualTo(10_000);
        assertThat(s.detectorSettings("growth-curve")).containsEntry("starts", 4);
        assertThat(s.detectorSettings("other")).isEmpty();
    }

    @Test
    void aDetectorSettingMayBeAYamlListAndNothingDeeper() throws IOException {
        Settings s = new ConfigLoader(home).load(write("""
                detectors:
                  forecast:
                    horizons: [7, 30]
                """));
        assertThat(s.detectorSettings("forecast")).containsEntry("horizons", "7,30");
        Path f = write("detectors:\n  forecast:\n    horizons:\n      short: 7\n");
        assertThatThrownBy(() -> new ConfigLoader(home).load(f)).isInstanceOf(UserError.class)
                .hasMessage("Configuration key 'detectors.forecast.horizons' in " + f
                        + " must be a number, true/false, text or a list of those.");
    }

    @Test
    void unknownKeysAreRefusedByName() throws IOException {
        Path f = write("analysis:\n  detector-timeot: 2s\n");
        assertThatThrownBy(() -> new ConfigLoader(home).load(f)).isInstanceOf(UserError.class)
                .hasMessage("Unknown configuration key 'analysis.detector-timeot' in " + f
                        + "; see config/viralscope.yaml for the keys Viralscope understands.");
    }

    @Test
    void badValuesNameTheKeyAndWhatItMustBe() throws IOException {
        Path f = write("analysis:\n  threads: -3\n");
        assertThatThrownBy(() -> new ConfigLoader(home).load(f))
                .hasMessage("Configuration key 'analysis.threads' in " + f
                        + " is '-3' but must be a whole number from 0 to 256.");
        Path g = write("analysis:\n  detector-timeout: soon\n");
        assertThatThrownBy(() -> new ConfigLoader(home).load(g))
                .hasMessage("Configuration key 'analysis.detector-timeout' in " + g
                        + " is 'soon' but must be a duration such as 30s, 15m, 6h or 1d.");
        Path h = write("youtube:\n  root-url: ftp://x\n");
        assertThatThrownBy(() -> new ConfigLoader(home).load(h))
                .hasMessage("Configuration key 'youtube.root-url' in " + h
                        + " is 'ftp://x' but must be an http(s) URL such as https://www.googleapis.com/.");
        Path w = write("alerts:\n  webhook-url: hooks.slack\n");
        assertThatThrownBy(() -> new ConfigLoader(home).load(w))
                .hasMessage("Configuration key 'alerts.webhook-url' in " + w
                        + " is 'hooks.slack' but must be an http(s) URL such as https://hooks.example.com/viralscope.");
    }

    @Test
    void quotedWholeNumbersAreTakenAsNumbers() throws IOException {
        Settings s = new ConfigLoader(home).load(write("""
                analysis:
                  threads: "4"
                youtube:
                  daily-quota: ' 5000 '
                  parallel-requests: 2
                """));
        assertThat(s.analysis().threads()).isEqualTo(4);
        assertThat(s.youtube().dailyQuota()).isEqualTo(5000);
        assertThat(s.youtube().parallelRequests()).isEqualTo(2);
    }

    @Test
    void quotedTextOrFractionsAreStillRefusedWithTheRange() throws IOException {
        Path f = write("analysis:\n  threads: \"four\"\n");
        assertThatThrownBy(() -> new ConfigLoader(home).load(f))
                .hasMessage("Configuration key 'analysis.threads' in " + f
                        + " is 'four' but must be a whole number from 0 to 256.");
        Path g = write("analysis:\n  threads: \"2.5\"\n");
        assertThatThrownBy(() -> new ConfigLoader(home).load(g))
                .hasMessage("Configuration key 'analysis.threads' in " + g
                        + " is '2.5' but must be a whole number from 0 to 256.");
        Path h = write("analysis:\n  threads: \"99999999999999999999\"\n");
        assertThatThrownBy(() -> new ConfigLoader(home).load(h))
                .hasMessage("Configuration key 'analysis.threads' in " + h
                        + " is '99999999999999999999' but must be a whole number from 0 to 256.");
    }

    @Test
    void aMissingOrBrokenFileIsOneSentence() throws IOException {
        Path missing = home.resolve("nope.yaml");
        assertThatThrownBy(() -> new ConfigLoader(home).load(missing)).isInstanceOf(UserError.class)
                .hasMessage("Configuration file " + missing + " does not exist; check the --config path.");
        Path broken = write("store: [unclosed\n");
        assertThatThrownBy(() -> new ConfigLoader(home).load(broken))
                .hasMessageStartingWith("Configuration file " + broken + " is not valid YAML (line 1): ");
    }

    @Test
    void tildeMeansHome() throws IOException {
        Settings s = new ConfigLoader(home).load(write("store:\n  path: ~/data/v.db\n"));
        assertThat(s.store()).isEqualTo(StoreLocation.file(home.resolve("data/v.db")));
    }

    @Test
    void durationsReadAsPeopleWriteThem() {
        assertThat(DurationText.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(DurationText.parse("6h")).isEqualTo(Duration.ofHours(6));
        assertThat(DurationText.parse("PT15M")).isEqualTo(Duration.ofMinutes(15));
        assertThat(DurationText.format(Duration.ofMinutes(90))).isEqualTo("90m");
        assertThatThrownBy(() -> DurationText.parse("fast"))
                .hasMessage("'fast' is not a duration such as 30s, 15m, 6h or 1d");
    }
}
