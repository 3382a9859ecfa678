package io.viralscope.simulator;

import io.viralscope.api.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CatalogueSeriesTest {

    @Test
    void theSameSpecGivesTheSameSeriesAndAnotherSeedAnother() {
        CatalogueSimulation a = CatalogueSeries.simulate(CatalogueSpec.of(7));
        assertThat(CatalogueSeries.simulate(CatalogueSpec.of(7))).isEqualTo(a);
        CatalogueSimulation b = CatalogueSeries.simulate(CatalogueSpec.of(8));
        assertThat(b.series().samples()).isNotEqualTo(a.series().samples());
        assertThat(b.series().videoId()).isNotEqualTo(a.series().videoId()).matches("[A-Za-z0-9_-]{11}");
        // neighbouring seeds give unrelated ids, not one id shifted by a character
        assertThat(b.series().videoId().substring(1)).isNotEqualTo(a.series().videoId().substring(0, 10));
        assertThat(a.series().videoId().substring(1)).isNotEqualTo(b.series().videoId().substring(0, 10));
    }

    @Test
    void multiYearDailySeriesFromPublicationWithTwoToSixShocks() {
        for (long seed = 1; seed <= 20; seed++) {
            CatalogueSimulation sim = CatalogueSeries.simulate(CatalogueSpec.of(seed));
            CatalogueTruth truth = sim.truth();
            List<Sample> samples = sim.series().samples();
            assertThat(truth.days()).isBetween(1100, 3250);
            assertThat(samples).hasSize(truth.days() + 1);
            assertThat(samples.get(0).views()).isZero();
            assertThat(samples.get(0).at()).isEqualTo(truth.start());
            for (int d = 1; d < samples.size(); d++) {
                assertThat(samples.get(d).views()).isGreaterThanOrEqualTo(samples.get(d - 1).views());
            }
            assertThat(truth.shocks()).hasSizeBetween(2, 6).allSatisfy(s -> assertThat(s.size()).isBetween(2.0, 10.0));
            for (int i = 1; i < truth.shocks().size(); i++) {
                assertThat(truth.shocks().get(i).day() - truth.shocks().get(i - 1).day()).isGreaterThanOrEqualTo(30);
            }
            assertThat(truth.weekdayFactors()).hasSize(7);
            assertThat(truth.weekdayFactors().stream().mapToDouble(Math::log).sum()).isCloseTo(0, within(1e-9));
        }
    }

    @Test
    void aPlantedShockLiftsItsDayByItsSize() {
        CatalogueSimulation sim = CatalogueSeries.simulate(CatalogueSpec.of(3).withDays(1200)
                .withDispersion(1e6).withScale(1e5).withShocks(List.of(new CatalogueShock(500, 4.0))));
        assertThat(sim.truth().shocks()).containsExactly(new CatalogueShock(500, 4.0));
        long[] x = daily(sim);
        // the expected day: the same weekday a week before and after, where the shock has faded
        double expected = Math.sqrt((double) x[493] * x[507]);
        assertThat(x[500] / expected).isCloseTo(4.0, within(0.6));
        assertThat(sim.truth().toJson()).contains("\"shocks\": [\n    {\"day\": 500, \"at\": "
                + "\"2027-05-16T00:00:00Z\", \"size\": 4}\n  ]");
    }

    @Test
    void theWeeklyPatternShowsInTheDailyViews() {
        CatalogueSimulation sim = CatalogueSeries.simulate(CatalogueSpec.of(11).withDispersion(1e6)
                .withShocks(List.of()).withLevelStep(false));
        long[] x = daily(sim);
        double[] logSum = new double[7];
        for (int k = 100; k < x.length; k++) {
            DayOfWeek dow = sim.truth().start().plusSeconds(86_400L * k).atZone(ZoneOffset.UTC).getDayOfWeek();
            logSum[dow.getValue() - 1] += Math.log(x[k]);
        }
        List<Double> f = sim.truth().weekdayFactors();
        int busiest = 0;
        int quietest = 0;
        for (int w = 1; w < 7; w++) {
            busiest = f.get(w) > f.get(busiest) ? w : busiest;
            quietest = f.get(w) < f.get(quietest) ? w : quietest;
        }
        assertThat(logSum[busiest]).isGreaterThan(logSum[quietest]);
    }

    @Test
    void aLevelStepLastsAndIsInTheTruth() {
        CatalogueSimulation sim = CatalogueSeries.simulate(CatalogueSpec.of(5).withLevelStep(true)
                .withDispersion(1e6).withShocks(List.of()));
        CatalogueTruth truth = sim.truth();
        assertThat(truth.stepDay()).isNotNull();
        double ratio = truth.stepRatio();
        assertThat(ratio >= 1.6 && ratio <= 4 || ratio >= 0.25 && ratio <= 1 / 1.6).isTrue();
        long[] x = daily(sim);
        int s = truth.stepDay();
        double before = median(Arrays.copyOfRange(x, s - 28, s));
        double after = median(Arrays.copyOfRange(x, s, s + 28));
        assertThat(Math.log(after / before)).isCloseTo(Math.log(ratio), within(0.35));
        assertThat(truth.toJson()).contains("\"level_step\": {\"day\": " + s).contains("\"change_point_days\": [" + s
                + "]");
        assertThat(CatalogueSeries.simulate(CatalogueSpec.of(5).withLevelStep(false)).truth().toJson())
                .contains("\"level_step\": null");
    }

    @Test
    void writesTheCsvAndTheTruthBesideIt(@TempDir Path dir) throws Exception {
        CatalogueSimulation sim = CatalogueSeries.simulate(CatalogueSpec.of(2).withDays(200));
        Path csv = dir.resolve("cat.csv");
        sim.write(csv);
        assertThat(Files.readAllLines(csv)).hasSize(202).first().isEqualTo("video_id,timestamp,view_count,"
                + "like_count,comment_count,title");
        assertThat(Files.readString(dir.resolve("cat.truth.json"))).startsWith("{\n  \"family\": \"catalogue\"")
                .contains("\"days\": 200,");
    }

    @Test
    void badOptionsAreNamed() {
        assertThatThrownBy(() -> CatalogueSpec.of(1).withDays(50)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("days must be from 120 to 3650 for a catalogue series, but was 50.");
        assertThatThrownBy(() -> CatalogueSpec.of(1).withDays(200).withShocks(List.of(new CatalogueShock(300, 3))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a shock on day 300 lies outside 200 days.");
        assertThatThrownBy(() -> new CatalogueShock(10, 1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a shock needs a day from 0 and a size above 1, but had day 10 and size 1.0.");
        assertThatThrownBy(() -> CatalogueSeries.simulate(CatalogueSpec.of(1).withShocks(
                List.of(new CatalogueShock(5000, 3))))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("lies outside " + CatalogueSeries.simulate(CatalogueSpec.of(1)).truth().days()
                        + " days.");
    }

    private static long[] daily(CatalogueSimulation sim) {
        List<Sample> s = sim.series().samples();
        long[] x = new long[s.size() - 1];
        for (int k = 0; k < x.length; k++) {
            x[k] = s.get(k + 1).views() - s.get(k).views();
        }
        return x;
    }

    private static double median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
