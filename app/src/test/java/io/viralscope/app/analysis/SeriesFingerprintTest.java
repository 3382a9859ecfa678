package io.viralscope.app.analysis;

import io.viralscope.api.CampaignFlight;
import io.viralscope.api.Sample;
import io.viralscope.api.TrafficSourceDay;
import io.viralscope.api.VideoSeries;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SeriesFingerprintTest {

    private final VideoSeries plain = new VideoSeries("dQw4w9WgXcQ", "t", List.of(
            Sample.ofViews(Instant.parse("2026-03-01T00:00:00Z"), 0),
            Sample.ofViews(Instant.parse("2026-03-02T00:00:00Z"), 100)));

    @Test
    void aCampaignOrTrafficSourcesDeclaredLaterChangeTheKeyAndNothingElseDoes() {
        CampaignFlight flight = new CampaignFlight("spring", CampaignFlight.Stimulus.SPEND, "EUR",
                LocalDate.parse("2026-03-01"), List.of(10.0));
        String none = SeriesFingerprint.of(plain);
        String withFlight = SeriesFingerprint.of(plain.withPaidMedia(null, List.of(flight), List.of()));
        String otherSpend = SeriesFingerprint.of(plain.withPaidMedia(null, List.of(new CampaignFlight("spring",
                CampaignFlight.Stimulus.SPEND, "EUR", LocalDate.parse("2026-03-01"), List.of(20.0))), List.of()));
        String withSources = SeriesFingerprint.of(plain.withPaidMedia(null, List.of(), List.of(
                new TrafficSourceDay(LocalDate.parse("2026-03-01"), TrafficSourceDay.PAID, 40))));

        assertThat(List.of(none, withFlight, otherSpend, withSources)).doesNotHaveDuplicates();
        // a retitled video, or the same samples without paid media, keeps its key: old cache rows stay valid
        assertThat(SeriesFingerprint.of(new VideoSeries("dQw4w9WgXcQ", "new title", plain.samples())))
                .isEqualTo(none);
        assertThat(SeriesFingerprint.of(plain.withPaidMedia(null, List.of(), List.of()))).isEqualTo(none);
    }

    @Test
    void theKeyOfAGivenSeriesNeverChangesSoCachedResultsStayValid() {
        // pinned: a change to how the samples are hashed would silently make every cached result a miss
        VideoSeries owner = new VideoSeries("dQw4w9WgXcQ", "t", List.of(
                new Sample(Instant.parse("2026-03-01T00:00:00Z"), 0, 0L, null, null, 0L),
                new Sample(Instant.parse("2026-03-02T00:00:00Z"), 100, 4L, 1L, 2L, 35L)));
        assertThat(SeriesFingerprint.of(plain)).isEqualTo("1bfe835a16bfa4224e57bcf7af75dce1cfb5593686c858fbde2010ee046a7309");
        assertThat(SeriesFingerprint.of(owner)).isEqualTo("e79a210b3d248ff177944eb318a7cf77a17bf868ce3f446837f9f8dde5c37538");
    }
}
