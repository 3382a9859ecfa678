package io.viralscope.app.analysis;

import io.viralscope.api.BreakoutSignal;
import io.viralscope.api.CurveQuantity;
import io.viralscope.api.Detection;
import io.viralscope.api.DetectionStatus;
import io.viralscope.api.Episode;
import io.viralscope.api.Event;
import io.viralscope.api.FittedCurve;
import io.viralscope.api.Mechanism;
import io.viralscope.api.MetricBand;
import io.viralscope.api.MetricInfo;
import io.viralscope.api.Unit;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CachedDetectionTest {

    private static final Instant DAY0 = Instant.parse("2026-03-01T00:00:00Z");

    /** A detection with every part a detection can have, several of each where it matters. */
    private static Detection everything() {
        return everything(180);
    }

    private static Detection everything(int days) {
        double[] daily = new double[days];
        for (int i = 0; i < daily.length; i++) {
            daily[i] = 1_000_000 / (1 + Math.exp(-(i - 90) / 12.0)) + i / 7.0;
        }
        return Detection.builder(TestDetectors.counting("mechanism"), DetectionStatus.OK)
                .summary("Word of mouth: q/p = 14 (±2), “quoted” and ünïcödé, ≥ 4.2×.")
                .metric("q_over_p", 14.25).unit("q_over_p", Unit.RATIO).headline("q_over_p")
                .metric("model", "bass")
                .metricOrUnknown("saturation_views", null)
                .metricOrUnknown("half_life_days", Double.NaN)
                .metricOrUnknown("doubling_days", Double.POSITIVE_INFINITY)
                .metric("likes_per_view", 0.0123).unit("likes_per_view", Unit.PERCENT)
                .bands("likes_per_view", List.of(new MetricBand(0, 0.005, "low"), new MetricBand(0.005, 0.02,
                        "typical"), MetricBand.above(0.02, "high")))
                .metric("aicc_bass", -812.5).unit("aicc_bass", Unit.COEFFICIENT).diagnostic("aicc_bass")
                .metric("tiny", Double.MIN_VALUE).metric("negative_zero", -0.0).metric("huge", -Double.MAX_VALUE)
                .event(new Event("peak", DAY0.plusSeconds(86_400L * 40 + 1).plusNanos(123_456_789), 52_000.5,
                        "peak: 52k views/day", Map.of("rate_before", 0.1, "rate_after", -0.25)))
                .event("changepoint", DAY0.plus(Duration.ofDays(12)), 0, "change")
                .event("before-epoch", Instant.parse("1969-12-31T23:59:59.5Z"), 1, "old")
                .evidence(Mechanism.COMMUNITY_WORD_OF_MOUTH, 0.8, "imitation dominates")
                .evidence(Mechanism.EXTERNAL_PUSH, 0, "no push")
                .breakout(BreakoutSignal.Kind.CRITICAL_BURST, DAY0.plus(Duration.ofDays(40)), "critical.")
                .breakout(BreakoutSignal.Kind.ACCELERATION, DAY0.plus(Duration.ofDays(20)), "accelerated.")
                .episode(new Episode(DAY0, DAY0.plus(Duration.ofDays(4)), 12_345, Mechanism.TASTEMAKER_SHOCK,
                        "burst to 4.2× the baseline"))
                .episode(new Episode(DAY0.plus(Duration.ofDays(30)), DAY0.plus(Duration.ofDays(30)),
                        Long.MAX_VALUE, Mechanism.ORGANIC_BASELINE, "trickle"))
                .curve(FittedCurve.daily("logistic", CurveQuantity.CUMULATIVE_VIEWS, true, DAY0, daily))
                .curve(FittedCurve.daily("baseline", CurveQuantity.DAILY_VIEWS_PART, false, DAY0,
                        new double[] {1, 2, 3}))
                .curve(FittedCurve.daily("earned", CurveQuantity.DAILY_VIEWS_PART, false, DAY0,
                        new double[] {0.5, 0.25, 1e-300}))
                .curve(FittedCurve.regular("velocity", CurveQuantity.DAILY_VIEWS, false, DAY0.plusNanos(7),
                        Duration.ofMillis(1500), new double[] {1, 2}))
                .curve(FittedCurve.regular("sub-milli", CurveQuantity.SHARES_PER_VIEW, false, DAY0,
                        Duration.ofNanos(500), new double[] {0.1}))
                // one per sample: offsets of whole milliseconds, as the engagement curves have them
                .curve(FittedCurve.irregular("likes-per-view", CurveQuantity.LIKES_PER_VIEW, false, DAY0,
                        Duration.ofDays(1), new double[] {0.5, 123_456_789 / 86_400_000.0, 2.25, 179.999},
                        new double[] {0.05, 0.02, 0.03, 0.04}))
                // offsets that are no whole number of milliseconds
                .curve(FittedCurve.irregular("thirds", CurveQuantity.COMMENTS_PER_VIEW, false, DAY0,
                        Duration.ofDays(1), new double[] {-1 / 3.0, 0, 1 / 3.0, Math.PI}, new double[] {1, 2, 3, 4}))
                .curve(FittedCurve.irregular("empty", CurveQuantity.COMMENTS_PER_VIEW, false, DAY0,
                        Duration.ofHours(1), new double[0], new double[0]))
                .build();
    }

    @Test
    void everyPartOfADetectionReadsBackEqual() {
        Detection d = everything();
        Detection read = CachedDetection.read(CachedDetection.write(d)).orElseThrow();

        assertThat(read).isEqualTo(d);
        assertThat(read.metrics()).containsExactlyEntriesOf(d.metrics());
        assertThat(read.metrics()).containsEntry("saturation_views", null).containsEntry("half_life_days", null)
                .containsEntry("doubling_days", null).containsEntry("model", "bass");
        assertThat(Double.doubleToRawLongBits(read.number("negative_zero")))
                .isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(read.metricInfo()).containsExactlyEntriesOf(d.metricInfo());
        assertThat(read.info("likes_per_view").bands().get(2).high()).isNull();
        assertThat(read.info("model")).isEqualTo(MetricInfo.PLAIN);
        assertThat(read.events().get(2).at()).isEqualTo(DAY0.plusSeconds(86_400L * 40 + 1).plusNanos(123_456_789));
        assertThat(read.events().get(2).attributes()).isEqualTo(Map.of("rate_before", 0.1, "rate_after", -0.25));
        for (int i = 0; i < d.curves().size(); i++) {
            FittedCurve c = d.curves().get(i);
            FittedCurve r = read.curves().get(i);
            assertThat(r).isEqualTo(c);
            assertThat(r.isRegular()).isEqualTo(c.isRegular());
            assertThat(r.step()).isEqualTo(c.step());
            assertThat(r.values()).containsExactly(c.values());
            if (!c.isRegular()) {
                assertThat(Arrays.equals(r.offsets(), c.offsets())).isTrue();
            }
        }
        assertThat(read.curves().get(1).quantity()).isEqualTo(CurveQuantity.DAILY_VIEWS_PART);
    }

    @Test
    void detectionsWithoutPartsAndOfEveryStatusReadBackEqual() {
        Detection insufficient = Detection.insufficientData(TestDetectors.counting("growth-curve"), "Too short.");
        Detection failed = Detection.failed("growth-curve", "1.0.0", "Detector growth-curve failed.");
        Detection bare = new Detection("engagement", "1.0.0", DetectionStatus.OK, "s.", Map.of("likes_per_view",
                0.01), List.of(), List.of(), List.of());
        for (Detection d : List.of(insufficient, failed, bare)) {
            assertThat(CachedDetection.read(CachedDetection.write(d))).contains(d);
        }
    }

    @Test
    void aCurveCostsItsEightBytesAValueAndLittleMore() {
        double[] values = new double[180];
        Arrays.setAll(values, i -> Math.sqrt(i) * 1234.5678);
        Detection d = Detection.ok(TestDetectors.counting("growth-curve")).summary("s.")
                .curve(FittedCurve.daily("logistic", CurveQuantity.CUMULATIVE_VIEWS, true, DAY0, values)).build();

        assertThat(CachedDetection.write(d).length).isBetween(180 * 8, 180 * 8 + 80);

        // one point per sample, at whole milliseconds: the offsets take their millisecond steps, not 8 bytes each
        double[] offsets = new double[180];
        Arrays.setAll(offsets, i -> (i * 86_400_000L + i * 1_234L) / 86_400_000.0);
        Detection perSample = Detection.ok(TestDetectors.counting("engagement")).summary("s.")
                .curve(FittedCurve.irregular("likes-per-view", CurveQuantity.LIKES_PER_VIEW, true, DAY0,
                        Duration.ofDays(1), offsets, values)).build();
        byte[] row = CachedDetection.write(perSample);
        assertThat(row.length).isBetween(180 * 8, 180 * 8 + 180 * 4 + 80);
        assertThat(CachedDetection.read(row)).contains(perSample);
    }

    @Test
    void aRowOfTheJsonFormsOrOfAnotherFormatIsAMiss() {
        String format2 = "{\"detector\":\"engagement\",\"version\":\"1.0.0\",\"status\":\"ok\",\"summary\":\"s.\","
                + "\"metrics\":{\"likes_per_view\":0.01},\"events\":[],\"evidence\":[],\"curves\":[],\"format\":2}";
        assertThat(CachedDetection.read(format2.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(CachedDetection.read(new byte[0])).isEmpty();
        assertThat(CachedDetection.read(null)).isEmpty();

        byte[] row = CachedDetection.write(everything());
        byte[] otherFormat = row.clone();
        otherFormat[2] = (byte) (CachedDetection.FORMAT + 1);
        assertThat(CachedDetection.read(otherFormat)).isEmpty();
    }

    @Test
    void aRowCutShortOrWithBytesLeftOverIsAMissNeverAnError() {
        byte[] row = CachedDetection.write(everything(3));
        for (int length = 0; length < row.length; length++) {
            assertThat(CachedDetection.read(Arrays.copyOf(row, length))).as("cut at %d", length).isEmpty();
        }
        assertThat(CachedDetection.read(Arrays.copyOf(row, row.length + 1))).isEmpty();
    }

    @Test
    void aDamagedRowIsAMissNeverAnError() {
        byte[] row = CachedDetection.write(everything(3));
        int misses = 0;
        for (int at = 0; at < row.length; at++) {
            for (int bit : new int[] {0x01, 0x80}) {
                byte[] damaged = row.clone();
                damaged[at] ^= (byte) bit;
                // read must not throw; a flipped bit inside a double may read as another finite number
                misses += CachedDetection.read(damaged).isEmpty() ? 1 : 0;
            }
        }
        assertThat(misses).isGreaterThan(row.length / 10);
    }

    @Test
    void aNumberThatIsNotFiniteInARowIsAMiss() {
        double marker = 1520.123456789;
        Detection d = Detection.ok(TestDetectors.counting("growth-curve")).summary("s.")
                .curve(FittedCurve.daily("logistic", CurveQuantity.CUMULATIVE_VIEWS, true, DAY0,
                        new double[] {0, marker})).build();
        byte[] row = CachedDetection.write(d);
        byte[] bits = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(marker).array();
        int at = indexOf(row, bits);
        assertThat(at).isPositive();

        for (double notFinite : new double[] {Double.NaN, Double.POSITIVE_INFINITY}) {
            byte[] damaged = row.clone();
            ByteBuffer.wrap(damaged).order(ByteOrder.LITTLE_ENDIAN).putDouble(at, notFinite);
            assertThat(CachedDetection.read(damaged)).isEmpty();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
