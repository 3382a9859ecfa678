package io.viralscope.plugins.growth;

import static org.assertj.core.api.Assertions.assertThat;

import io.viralscope.api.Detection;
import io.viralscope.api.DetectionStatus;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.Event;
import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever the series, the detector answers: seeded random series of awkward shapes (spikes, steps, frozen spans,
 * irregular and sub-daily sampling, tiny and enormous counts, corrections downwards) all give a valid detection whose
 * events lie inside the window.
 */
class RobustnessTest {

    private static final Instant START = SyntheticSeries.START;
    private final GrowthCurveDetector detector = new GrowthCurveDetector();

    @Test
    void awkwardSeriesAlwaysGiveAValidDetection() {
        Random rnd = new Random(42);
        int ok = 0;
        for (int i = 0; i < 300; i++) {
            VideoSeries s = awkward(rnd, i % 6);
            Detection d = detector.detect(s, DetectorContext.empty());
            assertThat(d.status()).isIn(DetectionStatus.OK, DetectionStatus.INSUFFICIENT_DATA);
            assertThat(d.summary()).endsWith(".");
            for (Event e : d.events()) {
                assertThat(e.at()).isBetween(s.firstAt().orElseThrow(), s.lastAt().orElseThrow());
            }
            if (d.isOk()) {
                ok++;
                if (d.summary().startsWith("No growth model describes the series")) {
                    // a curve that explains little is not presented as one
                    assertThat(d.metrics()).containsEntry("model", null).containsEntry("saturation_views", null);
                    assertThat(d.number("r2")).isLessThan(GrowthCurveReport.MIN_R2);
                    assertThat(d.evidence()).isEmpty();
                    assertThat(d.curves()).isEmpty();
                    continue;
                }
                assertThat(d.text("model")).isIn("logistic", "gompertz", "bass", "exponential", "linear");
                if (d.summary().contains("a burst no growth curve follows")) {
                    // a line broken by a burst says nothing of the mechanism
                    assertThat(d.text("model")).isEqualTo("linear");
                    assertThat(d.evidence()).isEmpty();
                } else {
                    assertThat(d.evidence()).isNotEmpty();
                }
            }
        }
        assertThat(ok).as("most awkward series can still be fitted").isGreaterThan(200);
    }

    private static VideoSeries awkward(Random rnd, int kind) {
        int n = 8 + rnd.nextInt(200);
        double scale = Math.pow(10, rnd.nextInt(13));
        List<Sample> samples = new ArrayList<>();
        double total = rnd.nextDouble() * scale;
        Instant at = START;
        for (int k = 0; k < n; k++) {
            samples.add(Sample.ofViews(at, Math.max(0, Math.round(total))));
            double step = switch (kind) {
                case 0 -> k == n / 3 ? 50 * scale : 0.01 * scale * rnd.nextDouble(); // one-day spike
                case 1 -> k < n / 2 ? 0 : scale; // a step from nothing
                case 2 -> rnd.nextDouble() < 0.3 ? 0 : scale * Math.exp(2 * rnd.nextGaussian()); // frozen, heavy tails
                case 3 -> rnd.nextDouble() < 0.1 ? -0.2 * total : scale * rnd.nextDouble(); // corrections downwards
                case 4 -> rnd.nextInt(3); // a handful of views
                default -> scale * Math.exp(0.05 * k) * rnd.nextDouble();
            };
            total += step;
            // irregular sampling: hours to days apart, sometimes a long silence
            long minutes = kind == 5 ? 60 + rnd.nextInt(48 * 60) : rnd.nextDouble() < 0.05 ? 60 * 24 * 6 : 60 * 24;
            at = at.plus(Duration.ofMinutes(minutes));
        }
        return new VideoSeries("awkward-" + kind, "", samples);
    }
}
