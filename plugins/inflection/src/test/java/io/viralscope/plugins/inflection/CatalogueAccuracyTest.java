package io.viralscope.plugins.inflection;

import io.viralscope.api.Detection;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.Event;
import io.viralscope.simulator.CatalogueSeries;
import io.viralscope.simulator.CatalogueShock;
import io.viralscope.simulator.CatalogueSimulation;
import io.viralscope.simulator.CatalogueSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static io.viralscope.plugins.inflection.SimulatedSeries.PER_FAMILY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Multi-year catalogue series (weekly seasonality, overdispersed counts, slow trend and wander, several 2–10×
 * one-day shocks): shocks are found on the exact day against the series' own variability, and a steady series
 * gets a handful of change points a year, the most significant first. Prints what it measured; times are printed,
 * never asserted.
 */
class CatalogueAccuracyTest {

    private static final InflectionDetector DETECTOR = new InflectionDetector();

    @Test
    void shocksOfTwiceTheExpectedDayInTenPercentNoiseAreFoundOnTheExactDay() {
        int planted = 0;
        int exact = 0;
        int falseShocks = 0;
        double years = 0;
        List<Double> sizeErrors = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        long nanos = 0;
        for (long seed = 1; seed <= PER_FAMILY; seed++) {
            // ±10% a day: negative-binomial size 100, a coefficient of variation of 1/√100
            CatalogueSimulation sim = CatalogueSeries.simulate(CatalogueSpec.of(seed).withDispersion(100.0));
            long start = System.nanoTime();
            Detection d = detect(sim);
            nanos += System.nanoTime() - start;
            List<Event> shocks = d.events("shock");
            assertThat(shocks).allSatisfy(e -> assertThat(e.attributes()).containsKeys("size",
                    "expected_daily_views", "significance", "recent_level", "ratio_to_recent"));
            int hits = 0;
            for (CatalogueShock s : sim.truth().shocks()) {
                planted++;
                Event hit = shocks.stream().filter(e -> day(sim, e) == s.day()).findFirst().orElse(null);
                if (hit == null) {
                    misses.add("seed " + seed + " day " + s.day() + " size " + Math.round(s.size() * 10) / 10.0);
                    continue;
                }
                exact++;
                hits++;
                sizeErrors.add(Math.abs(Math.log(hit.attributes().get("size") / s.size())));
                assertThat(hit.attributes().get("significance")).isGreaterThanOrEqualTo(5);
            }
            falseShocks += shocks.size() - hits;
            years += sim.truth().years();
        }
        double share = exact / (double) planted;
        double falsePerYear = falseShocks / years;
        double medianSizeError = Math.expm1(median(sizeErrors));
        System.out.printf("catalogue shocks (2-10x, ±10%% noise, %d series, %.0f series-years): exact day %d/%d = "
                        + "%.1f%%, false shocks %.3f per series-year, median size error %.1f%%, %.2f ms a series; "
                        + "misses %s%n", PER_FAMILY, years, exact, planted, 100 * share, falsePerYear,
                100 * medianSizeError, nanos / 1e6 / PER_FAMILY, misses);
        assertThat(share).as("exact day; misses %s", misses).isGreaterThanOrEqualTo(0.90);
        assertThat(falsePerYear).isLessThanOrEqualTo(1.0);
        assertThat(medianSizeError).isLessThan(0.15);
    }

    @ParameterizedTest(name = "noise size {0}")
    @NullSource
    @ValueSource(doubles = 10_000)
    void aSteadyMultiYearSeriesHasAHandfulOfChangePointsAYear(Double dispersion) {
        // drawn noise (6-18% a day) and 1% a day, where the old day-to-day penalty read the wander as changes
        int changes = 0;
        double years = 0;
        int worst = 0;
        for (long seed = 1; seed <= PER_FAMILY; seed++) {
            CatalogueSimulation sim = CatalogueSeries.simulate(CatalogueSpec.of(seed).withLevelStep(false)
                    .withDispersion(dispersion));
            Detection d = detect(sim);
            List<Event> found = d.events("changepoint");
            assertThat(found).allSatisfy(e -> assertThat(e.attributes().get("significance")).isFinite()
                    .isPositive());
            changes += found.size();
            years += sim.truth().years();
            worst = Math.max(worst, (int) Math.ceil(found.size() / sim.truth().years()));
        }
        double perYear = changes / years;
        System.out.printf("catalogue steady (no step, noise size %s, %d series, %.0f series-years): %.2f change "
                + "points a year, at most %d in one series' year%n", dispersion == null ? "drawn 30-300" : dispersion,
                PER_FAMILY, years, perYear, worst);
        assertThat(perYear).isLessThanOrEqualTo(4.0);
    }

    @Test
    void aLevelStepIsFoundOnItsDayAndRanksAmongTheMostSignificant() {
        int located = 0;
        int topTwo = 0;
        List<String> misses = new ArrayList<>();
        for (long seed = 1; seed <= PER_FAMILY; seed++) {
            CatalogueSimulation sim = CatalogueSeries.simulate(CatalogueSpec.of(seed).withLevelStep(true));
            int step = sim.truth().stepDay();
            List<Event> ranked = new ArrayList<>(detect(sim).events("changepoint"));
            ranked.sort(Comparator.comparing((Event e) -> -e.attributes().get("significance")));
            int rank = -1;
            for (int i = 0; i < ranked.size(); i++) {
                if (Math.abs(day(sim, ranked.get(i)) - step) <= 3) {
                    rank = i;
                    break;
                }
            }
            if (rank < 0) {
                misses.add("seed " + seed + ": step on " + step + " of " + Math.round(100 * sim.truth().stepRatio())
                        / 100.0 + "x");
                continue;
            }
            located++;
            topTwo += rank <= 1 ? 1 : 0;
        }
        System.out.printf("catalogue level step (1.6-4x): within ±3 days %d/%d, among the two most significant "
                + "change points %d/%d; misses %s%n", located, PER_FAMILY, topTwo, located, misses);
        assertThat(located).isGreaterThanOrEqualTo((int) Math.ceil(0.9 * PER_FAMILY));
        assertThat(topTwo).isGreaterThanOrEqualTo((int) Math.ceil(0.8 * located));
    }

    private static Detection detect(CatalogueSimulation sim) {
        return DETECTOR.detect(sim.series(), DetectorContext.empty());
    }

    private static int day(CatalogueSimulation sim, Event e) {
        return (int) (Duration.between(sim.truth().start(), e.at()).toDays());
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length == 0 ? Double.NaN : v[v.length / 2];
    }
}
