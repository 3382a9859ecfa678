package io.viralscope.plugins.forecast;

import io.viralscope.api.Detection;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;
import io.viralscope.simulator.SimulatedMechanism;
import io.viralscope.simulator.Simulation;
import io.viralscope.simulator.SimulationSpec;
import io.viralscope.simulator.Simulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backtest on simulated series: 50 of every simulator family (seeds 1001–1050, apart from the seeds the interval
 * constants were calibrated on), 90 days each. Each series is cut after {@code c} days, forecast, and compared
 * with its own later samples: the 80% interval's coverage at +7 days (and +30 days, from cuts long enough for a
 * month ahead) and the median absolute
 * percentage error at +7 days from 3 days of data (cut at day 3, forecast, compared with day 10). The figures are
 * printed and held to sane bounds.
 */
class ForecastBacktestTest {

    private static final int SERIES = 50;
    private static final long FIRST_SEED = 1001;
    private static final int[] CUTS = {3, 14, 30, 60};
    private static final ForecastDetector DETECTOR = new ForecastDetector();

    /** Results per cut: coverage and errors, combined and per model, at +7 and +30 days. */
    private static final Map<Integer, Result> RESULTS = new LinkedHashMap<>();

    @BeforeAll
    static void run() {
        List<Simulation> sims = new ArrayList<>();
        for (SimulatedMechanism m : SimulatedMechanism.values()) {
            for (long seed = FIRST_SEED; seed < FIRST_SEED + SERIES; seed++) {
                sims.add(Simulator.simulate(SimulationSpec.of(m, 90, seed)));
            }
        }
        for (int cut : CUTS) {
            RESULTS.put(cut, backtest(sims, cut));
        }
        System.out.println("Forecast backtest: " + sims.size() + " simulated series (" + SERIES + " per family, "
                + SimulatedMechanism.values().length + " families), 80% intervals:");
        System.out.printf(Locale.ROOT, "  %-12s %-26s %-26s %-26s %s%n", "cut at day", "+7d coverage comb/grw/ll",
                "+7d MdAPE comb/grw/ll", "+30d coverage comb/grw/ll", "+30d MdAPE comb");
        RESULTS.forEach((cut, r) -> System.out.printf(Locale.ROOT, "  %-12d %-26s %-26s %-26s %s%n", cut,
                r.week.coverage(), r.week.errors(), r.month == null ? "-" : r.month.coverage(),
                r.month == null ? "-" : pct(r.month.combined.mdape())));
        System.out.printf(Locale.ROOT, "  median absolute percentage error at +7 days from 3 days of data: %s; "
                + "interval coverage at +7 days from 3 days: %s%n", pct(RESULTS.get(3).week.combined.mdape()),
                pct(RESULTS.get(3).week.combined.coverage()));
        System.out.println("  per family, cut at day 3, +7 days (coverage, MdAPE):");
        RESULTS.get(3).families.forEach((family, s) -> System.out.printf(Locale.ROOT, "    %-24s %s  %s%n",
                family, pct(s.coverage()), pct(s.mdape())));
    }

    @Test
    void weekAheadIntervalsCoverAboutEightyPercent() {
        RESULTS.forEach((cut, r) -> assertThat(r.week.combined.coverage()).as("+7d coverage cut at day " + cut)
                .isBetween(0.70, 0.97));
        double overall = RESULTS.values().stream().mapToDouble(r -> r.week.combined.coverage()).average()
                .orElseThrow();
        assertThat(overall).as("+7d coverage over all cuts").isBetween(0.75, 0.92);
    }

    @Test
    void monthAheadIntervalsAreNotWildlyOverconfident() {
        RESULTS.forEach((cut, r) -> {
            if (r.month != null) {
                assertThat(r.month.combined.coverage()).as("+30d coverage cut at day " + cut).isGreaterThan(0.6);
            }
        });
    }

    @Test
    void weekAheadErrorFromThreeDays() {
        assertThat(RESULTS.get(3).week.combined.mdape()).as("MdAPE at +7 days from 3 days").isLessThan(0.12);
        // with more history the week ahead is easier
        assertThat(RESULTS.get(60).week.combined.mdape()).isLessThan(RESULTS.get(3).week.combined.mdape());
    }

    private static Result backtest(List<Simulation> sims, int cut) {
        Result r = new Result();
        r.week = new Horizon();
        // a month ahead only from series long enough to support it (ten days), as the detector requires
        r.month = cut + 30 <= 90 && 30 <= ForecastDetector.HORIZON_PER_DAY_OBSERVED * cut ? new Horizon() : null;
        for (Simulation s : sims) {
            List<Sample> all = s.series().samples();
            VideoSeries past = new VideoSeries(s.series().videoId(), s.series().title(), all.subList(0, cut + 1));
            Detection d = DETECTOR.detect(past, DetectorContext.empty());
            double truth = all.get(cut + 7).views();
            r.week.add(d, "7d", truth);
            r.families.computeIfAbsent(s.truth().mechanism().cliName(), k -> new Score())
                    .add(d.number("views_7d"), d.number("views_7d_low"), d.number("views_7d_high"), truth);
            if (r.month != null) {
                r.month.add(d, "30d", all.get(cut + 30).views());
            }
        }
        return r;
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    /** One cut's results. */
    private static final class Result {
        Horizon week;
        Horizon month;
        final Map<String, Score> families = new LinkedHashMap<>();
    }

    /** Scores of the combined forecast and of each model at one horizon. */
    private static final class Horizon {
        final Score combined = new Score();
        final Score growth = new Score();
        final Score loglinear = new Score();

        void add(Detection d, String h, double truth) {
            String p = "views_" + h;
            combined.add(d.number(p), d.number(p + "_low"), d.number(p + "_high"), truth);
            growth.add(d.number(p + "_growth"), d.number(p + "_growth_low"), d.number(p + "_growth_high"), truth);
            loglinear.add(d.number(p + "_loglinear"), d.number(p + "_loglinear_low"),
                    d.number(p + "_loglinear_high"), truth);
        }

        String coverage() {
            return pct(combined.coverage()) + " / " + pct(growth.coverage()) + " / " + pct(loglinear.coverage());
        }

        String errors() {
            return pct(combined.mdape()) + " / " + pct(growth.mdape()) + " / " + pct(loglinear.mdape());
        }
    }

    /** Coverage and absolute percentage errors (relative to the truth, at least one view). */
    private static final class Score {
        private final List<Double> errors = new ArrayList<>();
        private int covered;

        void add(double forecast, double low, double high, double truth) {
            errors.add(Math.abs(forecast - truth) / Math.max(truth, 1));
            if (truth >= low && truth <= high) {
                covered++;
            }
        }

        double coverage() {
            return (double) covered / errors.size();
        }

        double mdape() {
            double[] e = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int n = e.length;
            return n % 2 == 1 ? e[n / 2] : (e[n / 2 - 1] + e[n / 2]) / 2;
        }
    }
}
