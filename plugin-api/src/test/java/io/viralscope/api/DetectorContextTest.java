package io.viralscope.api;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DetectorContextTest {

    private static final VideoSeries SERIES = new VideoSeries("abcdefghijk", "t", List.of(
            new Sample(Instant.parse("2026-03-01T00:00:00Z"), 0, null, null, null),
            new Sample(Instant.parse("2026-03-03T00:00:00Z"), 100, null, null, null)));

    @Test
    void handsTheHostsGridForTheSeriesItCameWith() {
        DailyGrid hosts = DailyGrid.of(SERIES);
        DetectorContext context = DetectorContext.empty().withGrid(hosts);
        assertThat(context.grid(SERIES)).isSameAs(hosts);
        assertThat(context.grid(SERIES, DailyGrid.DEFAULT_MAX_GAP_DAYS)).isSameAs(hosts);
    }

    @Test
    void buildsTheGridWhenNoHostGaveOneOrForAnotherSeriesOrAllowance() {
        assertThat(DetectorContext.empty().grid(SERIES).cumulativeViews()).containsExactly(0, 50, 100);
        DetectorContext context = DetectorContext.empty().withGrid(DailyGrid.of(SERIES));
        VideoSeries other = new VideoSeries("abcdefghijk", "t", SERIES.samples().subList(0, 1));
        assertThat(context.grid(other).size()).isEqualTo(1);
        assertThat(context.grid(SERIES, 1.0)).isNotSameAs(context.grid(SERIES));
        assertThat(context.grid(SERIES, 1.0).quality().gaps()).isEqualTo(1);
    }

    @Test
    void sharesTheSettingsSoTheirReadsAddUp() {
        DetectorContext context = DetectorContext.of("d", Map.of("k", 1));
        context.withGrid(DailyGrid.of(SERIES)).settings().getInt("k", 0, 0, 5);
        assertThat(context.settings().keysRead()).containsExactly("k");
    }
}
