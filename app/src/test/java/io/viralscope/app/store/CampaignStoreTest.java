package io.viralscope.app.store;

import io.viralscope.api.CampaignFlight;
import io.viralscope.api.Sample;
import io.viralscope.api.TrafficSourceDay;
import io.viralscope.app.UserError;
import io.viralscope.app.campaign.FlightDay;
import io.viralscope.app.campaign.TrafficSourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Campaign flights and traffic sources in a real SQLite store ({@link CampaignStoreOnPostgresTest}: PostgreSQL). */
class CampaignStoreTest {

    @TempDir
    Path dir;

    /** A new store for the test. */
    StoreLocation storeLocation() {
        return StoreLocation.file(dir.resolve("s.db"));
    }

    final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    private Store storeWithCounts() {
        Store store = Store.open(storeLocation(), clock);
        List<NewSample> samples = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            samples.add(new NewSample("dQw4w9WgXcQ", Sample.ofViews(Instant.parse("2026-03-01T00:00:00Z")
                    .plusSeconds(86_400L * k), 100L * k), "csv"));
        }
        store.addSamples(List.of(new VideoMetadata("dQw4w9WgXcQ", "t", null)), samples);
        return store;
    }

    @Test
    void flightsReachDetectorsOnePerCampaignWithTheirStimulusAndGapsAsZero() {
        try (Store store = storeWithCounts()) {
            CampaignStore campaigns = new CampaignStore(store, clock);
            campaigns.add("spring", "EUR", List.of(
                    new FlightDay("spring", "dQw4w9WgXcQ", LocalDate.parse("2026-03-05"), 100.0, null, null),
                    new FlightDay("spring", "dQw4w9WgXcQ", LocalDate.parse("2026-03-07"), 50.0, null, null)));
            campaigns.add("boost", null, List.of(
                    new FlightDay("boost", "dQw4w9WgXcQ", LocalDate.parse("2026-03-10"), null, null, null)));

            assertThat(campaigns.flightsOf("dQw4w9WgXcQ")).containsExactly(
                    new CampaignFlight("spring", CampaignFlight.Stimulus.SPEND, "EUR", LocalDate.parse("2026-03-05"),
                            List.of(100.0, 0.0, 50.0)),
                    new CampaignFlight("boost", CampaignFlight.Stimulus.DAYS_ONLY, null, LocalDate.parse("2026-03-10"),
                            List.of(1.0)));
        }
    }

    @Test
    void aCampaignKeepsItsCurrency() {
        try (Store store = storeWithCounts()) {
            CampaignStore campaigns = new CampaignStore(store, clock);
            campaigns.add("spring", "EUR", List.of(
                    new FlightDay("spring", "dQw4w9WgXcQ", LocalDate.parse("2026-03-05"), 100.0, null, null)));
            assertThatThrownBy(() -> campaigns.add("spring", "USD", List.of(
                    new FlightDay("spring", "dQw4w9WgXcQ", LocalDate.parse("2026-03-06"), 100.0, null, null))))
                    .isInstanceOf(UserError.class).hasMessage("Campaign 'spring' is in EUR, not USD; give its spend"
                            + " in EUR or name a new campaign.");
            assertThat(campaigns.flightsOf("dQw4w9WgXcQ")).singleElement()
                    .extracting(CampaignFlight::daily).isEqualTo(List.of(100.0));
        }
    }

    @Test
    void studioTrafficSourceChartsAreReadAndStoredAndForeignSourcesRefused() throws Exception {
        Path chart = dir.resolve("Chart data.csv");
        Files.writeString(chart, "\uFEFFDate,Traffic source,Views\n2026-03-05,YouTube advertising,1200\n"
                + "2026-03-05,Browse features,300\n2026-03-06,ADVERTISING,900\n");
        TrafficSourceFile file = TrafficSourceFile.read(chart, "https://youtu.be/dQw4w9WgXcQ");
        try (Store store = storeWithCounts()) {
            CampaignStore campaigns = new CampaignStore(store, clock);
            assertThat(campaigns.addTrafficSources(file.rows())).isEqualTo(3);
            assertThat(campaigns.trafficSources("dQw4w9WgXcQ")).containsExactly(
                    new TrafficSourceDay(LocalDate.parse("2026-03-05"), "Browse features", 300),
                    new TrafficSourceDay(LocalDate.parse("2026-03-05"), TrafficSourceDay.PAID, 1200),
                    new TrafficSourceDay(LocalDate.parse("2026-03-06"), TrafficSourceDay.PAID, 900));
        }

        Path foreign = dir.resolve("foreign.csv");
        Files.writeString(foreign, "Date,Traffic source,Views\n2026-03-05,Facebook ads,10\n2026-03-05,External,x\n");
        assertThatThrownBy(() -> TrafficSourceFile.read(foreign, "dQw4w9WgXcQ")).isInstanceOf(UserError.class)
                .hasMessage("Nothing was imported: 2 rows are not sound." + System.lineSeparator()
                        + "  foreign.csv:2: 'Facebook ads' is not one of YouTube's traffic sources (such as YouTube"
                        + " advertising, Browse features, YouTube search)." + System.lineSeparator()
                        + "  foreign.csv:3: views 'x' is not a number.");

        Path totals = dir.resolve("Table data.csv");
        Files.writeString(totals, "Traffic source,Views\nTotal,1500\nYouTube advertising,1200\n");
        assertThatThrownBy(() -> TrafficSourceFile.read(totals, "dQw4w9WgXcQ")).hasMessage("File " + totals
                + " has no Date column: it is Studio's table of totals, which has no days; export the chart (Chart"
                + " data.csv) of the Traffic source report instead.");
        assertThatThrownBy(() -> TrafficSourceFile.read(chart, null)).hasMessage("File " + chart + " has no Content"
                + " column, so it does not say which video it is about; name it with --video ID.");
    }
}
