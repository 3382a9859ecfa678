package io.viralscope.plugins.campaign;

import io.viralscope.api.CampaignFlight;
import io.viralscope.api.Detection;
import io.viralscope.api.DetectionStatus;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.TrafficSourceDay;
import io.viralscope.api.VideoSeries;
import io.viralscope.simulator.CampaignSimulator;
import io.viralscope.simulator.CampaignSimulator.Family;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignDetectorTest {

    private final CampaignDetector detector = new CampaignDetector();

    /** The simulated video with its flight declared, as the host hands it over. */
    static VideoSeries withFlight(CampaignSimulator.Campaign c, String name) {
        return withFlight(c, name, CampaignFlight.Stimulus.SPEND);
    }

    /** The simulated video with its flight declared by its daily stimulus of {@code kind}. */
    static VideoSeries withFlight(CampaignSimulator.Campaign c, String name, CampaignFlight.Stimulus kind) {
        List<Double> daily = new ArrayList<>();
        for (int k = c.flightFirstDay(); k <= c.flightLastDay(); k++) {
            daily.add(c.spend()[k]);
        }
        CampaignFlight flight = new CampaignFlight(name, kind, kind == CampaignFlight.Stimulus.SPEND ? "EUR" : null,
                c.day(c.flightFirstDay()), daily);
        return c.series("campaign0001").withPaidMedia(null, List.of(flight), List.of());
    }

    @Test
    void withoutAFlightItSaysSoAndOffersNoEvidence() {
        Detection d = detector.detect(CampaignSimulator.simulate(Family.SPEND_SUBCRITICAL, 1).series("noflight001"),
                DetectorContext.empty());
        // not "insufficient data": no wait for more days will give it a flight to split
        assertThat(d.status()).isEqualTo(DetectionStatus.OK);
        assertThat(d.metrics()).isEmpty();
        assertThat(d.summary()).isEqualTo("No campaign flight is declared for this video.");
        // how to declare one is said once, in the description a report lists its detectors with
        assertThat(detector.description()).endsWith("for videos with a flight declared by viralscope campaign add.");
        assertThat(d.evidence()).isEmpty();
    }

    @Test
    void splitsPaidEarnedAndBaselineWithIntervalsAndTheCostOfAnEarnedView() {
        CampaignSimulator.Campaign c = CampaignSimulator.simulate(Family.SPEND_NEAR_CRITICAL, 3);
        Detection d = detector.detect(withFlight(c, "spring-launch"), DetectorContext.empty());

        assertThat(d.status()).isEqualTo(DetectionStatus.OK);
        double multiplier = num(d, "earned_multiplier");
        assertThat(multiplier).isCloseTo(c.multiplier(), org.assertj.core.data.Percentage.withPercentage(25));
        assertThat(num(d, "earned_multiplier_low")).isLessThan(multiplier);
        assertThat(num(d, "earned_multiplier_high")).isGreaterThan(multiplier);
        assertThat(d.metrics().get("lift")).isEqualTo("yes");
        assertThat(num(d, "cost_per_earned_view")).isPositive();
        assertThat(num(d, "paid_views") + num(d, "earned_views")
                + num(d, "baseline_views")).isCloseTo(sum(c.views()),
                org.assertj.core.data.Offset.offset(1.0));
        assertThat(d.summary()).startsWith("The flight of spring-launch (" + c.day(c.flightFirstDay()) + " to "
                + c.day(c.flightLastDay()) + ") bought about ").contains(" earned views for each paid one, 80%"
                + " interval ").contains("Each earned view cost about ").endsWith(" EUR.");
        assertThat(d.evidence()).extracting(e -> e.mechanism().id()).contains("external-push");
        // declared in one order in every process: the headline metrics as the findings name them
        assertThat(d.metricInfo().entrySet().stream().filter(e -> e.getValue().headline()).map(Map.Entry::getKey))
                .containsExactly("earned_multiplier", "earned_share");
        assertThat(d.metricInfo().keySet()).startsWith("paid_views", "paid_views_low", "paid_views_high",
                "earned_views");
    }

    @Test
    void theSplitDayByDayIsHandedToTheReportAsStackedCurvesThatAddUpToTheMetrics() {
        CampaignSimulator.Campaign c = CampaignSimulator.simulate(Family.SPEND_SUBCRITICAL, 7);
        Detection d = detector.detect(withFlight(c, "stacked"), DetectorContext.empty());
        List<io.viralscope.api.FittedCurve> parts = d.curves().stream()
                .filter(k -> k.quantity() == io.viralscope.api.CurveQuantity.DAILY_VIEWS_PART).toList();
        assertThat(parts).extracting(io.viralscope.api.FittedCurve::name)
                .containsExactly("baseline", "paid-driven", "earned");
        int n = c.views().length;
        assertThat(parts).allSatisfy(p -> {
            assertThat(p.size()).isEqualTo(n);
            assertThat(p.at(0)).isEqualTo(CampaignSimulator.START); // day k's views at its 00:00 UTC
        });
        assertThat(sum(parts.get(1).values())).isCloseTo(num(d, "paid_views"),
                org.assertj.core.data.Offset.offset(1.0));
        assertThat(sum(parts.get(2).values())).isCloseTo(num(d, "earned_views"),
                org.assertj.core.data.Offset.offset(1.0));
        // each day's parts are its views, except where the model's paid and earned views exceed them (baseline 0)
        int exact = 0;
        for (int k = 0; k < n; k++) {
            double stacked = parts.get(0).value(k) + parts.get(1).value(k) + parts.get(2).value(k);
            assertThat(stacked).isGreaterThanOrEqualTo(Math.round(c.views()[k]) - 1e-6);
            exact += Math.abs(stacked - Math.round(c.views()[k])) < 1e-6 ? 1 : 0;
        }
        assertThat(exact).isGreaterThanOrEqualTo(n * 9 / 10);
        // no paid-driven views before the flight
        assertThat(parts.get(1).value(c.flightFirstDay() - 1)).isZero();
    }

    @Test
    void impressionsAreTheStimulusAsSpendIsButCostNothingPerEarnedView() {
        CampaignSimulator.Campaign c = CampaignSimulator.simulate(Family.IMPRESSIONS, 3);
        Detection d = detector.detect(withFlight(c, "reach", CampaignFlight.Stimulus.IMPRESSIONS),
                DetectorContext.empty());
        assertThat(d.metrics().get("lift")).isEqualTo("yes");
        assertThat(num(d, "earned_multiplier")).isCloseTo(c.multiplier(),
                org.assertj.core.data.Percentage.withPercentage(25));
        // impressions are no money: no cost per earned view, no currency
        assertThat(d.metrics().get("cost_per_earned_view")).isNull();
        assertThat(d.metrics()).doesNotContainKey("currency");
        assertThat(d.summary()).doesNotContain("Each earned view cost");
    }

    @Test
    void aFlightWithNoLiftHasNoSplitToDraw() {
        Detection d = detector.detect(withFlight(CampaignSimulator.simulate(Family.NO_EFFECT, 2), "dud"),
                DetectorContext.empty());
        assertThat(d.curves()).isEmpty();
    }

    @Test
    void oneSampleIsTooLittleToReadAFlightAgainst() {
        VideoSeries one = new VideoSeries("oneSample01", "", List.of(io.viralscope.api.Sample.ofViews(
                CampaignSimulator.START, 10)));
        Detection d = detector.detect(one, DetectorContext.empty());
        assertThat(d.status()).isEqualTo(DetectionStatus.INSUFFICIENT_DATA);
        assertThat(d.summary()).isEqualTo("The series has 1 sample; daily views, and a flight's effect on them, need"
                + " at least 2.");
    }

    @Test
    void wordOfMouthAPushSetOffNeverOutweighsThePush() {
        int setOff = 0;
        for (long seed = 1; seed <= 10; seed++) {
            Detection d = detector.detect(withFlight(CampaignSimulator.simulate(Family.SPEND_NEAR_CRITICAL, seed),
                    "push"), DetectorContext.empty());
            if (d.metrics().get("earned_multiplier") instanceof Number m && m.doubleValue() >= 1) {
                setOff++;
                double push = weight(d, "external-push");
                assertThat(weight(d, "community-word-of-mouth")).as("seed " + seed).isPositive().isLessThan(push);
                assertThat(d.info("earned_multiplier").bandOf(m.doubleValue())).map(io.viralscope.api.MetricBand::label)
                        .contains("set off word of mouth");
            } else if (d.metrics().get("earned_multiplier") instanceof Number m) {
                assertThat(weight(d, "community-word-of-mouth")).isZero();
                assertThat(d.info("earned_multiplier").bandOf(m.doubleValue())).map(io.viralscope.api.MetricBand::label)
                        .isNotEqualTo(java.util.Optional.of("set off word of mouth"));
            }
        }
        assertThat(setOff).as("flights whose paid views set off at least as many more").isPositive();
    }

    private static double weight(Detection d, String mechanism) {
        return d.evidence().stream().filter(e -> e.mechanism().id().equals(mechanism))
                .mapToDouble(io.viralscope.api.MechanismEvidence::weight).max().orElse(0);
    }

    @Test
    void whenTheDaysAfterCannotTellBoughtFromSetOffItSaysSoAndClaimsNoWordOfMouth() {
        CampaignSimulator.Campaign c = CampaignSimulator.simulate(Family.SPEND_SUBCRITICAL, 2);
        CampaignInput in = CampaignAccuracyTest.input(c);
        int n = in.days();
        // an estimate whose multiplier's interval runs from "little passed on" to "set off word of mouth"
        CampaignEstimate loose = new CampaignEstimate(new Interval(20_000, 15_000, 25_000),
                new Interval(24_000, 2_000, 40_000), new Interval(1e6, 1e6, 1e6), new Interval(1.2, 0.1, 2.0),
                new Interval(0.02, 0.002, 0.04), new HipFit(new MemoryKernel(0.5, 1, n), 1000, new double[7], 0, 1,
                0.5, 0, 1, 100, HipFit.FLAT_RHYTHM), true, DailySplit.of(in, new double[n], new double[n]));
        Detection d = CampaignFindings.detection(detector, withFlight(c, "flat"), CampaignSimulator.START, in, loose);

        assertThat(CampaignFindings.splitMade(loose.multiplier())).isFalse();
        assertThat(d.summary()).startsWith("The flight of flat (" + c.day(c.flightFirstDay()) + " to "
                + c.day(c.flightLastDay()) + ") bought about 20k views directly; the days after it cannot tell how"
                + " many more it set off (1.2 earned views for each paid one, 80% interval 0.1–2.0: from little"
                + " passed on to word of mouth), so whether it set off word of mouth is not known. Daily views went"
                + " from ");
        assertThat(d.evidence()).extracting(e -> e.mechanism().id()).containsExactly("external-push");
        assertThat(num(d, "earned_multiplier_low")).isEqualTo(0.1);
        assertThat(num(d, "earned_multiplier_high")).isEqualTo(2.0);
        // an interval on one side of the bands is a split made
        assertThat(CampaignFindings.splitMade(new Interval(0.1, 0, 0.9))).isTrue();
        assertThat(CampaignFindings.splitMade(new Interval(1.5, 0.6, 3))).isTrue();
    }

    @Test
    void aFlightThatBoughtNothingIsNoLift() {
        CampaignSimulator.Campaign c = CampaignSimulator.simulate(Family.NO_EFFECT, 2);
        Detection d = detector.detect(withFlight(c, "dud"), DetectorContext.empty());
        assertThat(d.metrics().get("lift")).isEqualTo("none");
        assertThat(d.metrics().get("earned_multiplier")).isNull();
        assertThat(d.summary()).startsWith("The flight of dud (").contains(" shows no lift: the views it bought"
                + " directly cannot be told from none (80% interval ").endsWith(", so nothing was earned from it"
                + " either.");
    }

    @Test
    void paidViewsFromTrafficSourcesAreTheDriveItself() {
        CampaignSimulator.Campaign c = CampaignSimulator.simulate(Family.PAID_VIEWS_OBSERVED, 4);
        List<TrafficSourceDay> sources = new ArrayList<>();
        for (int k = 0; k < c.views().length; k++) {
            sources.add(new TrafficSourceDay(c.day(k), TrafficSourceDay.PAID, Math.round(c.paidViews()[k])));
            sources.add(new TrafficSourceDay(c.day(k), "Browse features",
                    Math.round(c.views()[k] - c.paidViews()[k])));
        }
        VideoSeries s = withFlight(c, "observed");
        Detection d = detector.detect(s.withPaidMedia(null, s.flights(), sources), DetectorContext.empty());
        assertThat(num(d, "paid_views")).isCloseTo(sum(c.paidViews()),
                org.assertj.core.data.Offset.offset(1.0));
        assertThat(num(d, "earned_multiplier")).isCloseTo(c.multiplier(),
                org.assertj.core.data.Percentage.withPercentage(25));
    }

    @Test
    void aFlightTooEarlyOrTooLateSaysWhatItNeeds() {
        CampaignSimulator.Campaign c = CampaignSimulator.simulate(Family.SPEND_SUBCRITICAL, 5);
        VideoSeries s = c.series("edge0000001");
        Detection early = detector.detect(s.withPaidMedia(null, List.of(new CampaignFlight("early",
                CampaignFlight.Stimulus.DAYS_ONLY, null, c.day(5), List.of(1.0, 1.0))), List.of()),
                DetectorContext.empty());
        assertThat(early.summary()).isEqualTo("The flight starts 5 days into the series; the model needs 14 days of"
                + " views before it to know the video's usual day.");
        int n = c.views().length;
        Detection late = detector.detect(s.withPaidMedia(null, List.of(new CampaignFlight("late",
                CampaignFlight.Stimulus.DAYS_ONLY, null, c.day(n - 3), List.of(1.0))), List.of()),
                DetectorContext.empty());
        assertThat(late.summary()).isEqualTo("The series ends 2 days after the flight; what its views set off shows"
                + " only over the following week, so the split needs at least 7 days of views after it.");
        Detection outside = detector.detect(s.withPaidMedia(null, List.of(new CampaignFlight("outside",
                CampaignFlight.Stimulus.DAYS_ONLY, null, c.day(n + 30), List.of(1.0))), List.of()),
                DetectorContext.empty());
        assertThat(outside.status()).isEqualTo(DetectionStatus.INSUFFICIENT_DATA);
        assertThat(outside.summary()).startsWith("The flight (" + c.day(n + 30) + " to " + c.day(n + 30)
                + ") lies outside the days analysed (");
    }

    private static double num(Detection d, String metric) {
        return ((Number) d.metrics().get(metric)).doubleValue();
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
