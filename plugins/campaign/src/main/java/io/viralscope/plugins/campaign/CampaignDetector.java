package io.viralscope.plugins.campaign;

import io.viralscope.api.CampaignFlight;
import io.viralscope.api.DailyGrid;
import io.viralscope.api.Detection;
import io.viralscope.api.Detector;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.TrafficSourceDay;
import io.viralscope.api.Unit;
import io.viralscope.api.VideoSeries;
import org.pf4j.Extension;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Paid versus earned: fits the campaign model ({@link HipFit}) to a video with declared flights and splits its
 * views into those the flights bought directly, those they set off (earned) and the rest (baseline), with 80%
 * intervals ({@link CampaignEstimate}). Without a flight it says so and offers no evidence to the verdict.
 */
@Extension
public final class CampaignDetector implements Detector {

    static final String ID = "campaign";
    static final String VERSION = "1.2.2";
    /** Days of views the model needs before a flight: a week for the memory, a week for the baseline. */
    static final int DAYS_BEFORE = 14;
    /** Days after a flight needed to see what its extra views set off. */
    static final int DAYS_AFTER = 7;
    /** Days averaged before and after a flight for the before / after figures. */
    static final int COMPARE_DAYS = 14;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public String description() {
        return "Paid versus earned: views a campaign flight bought, the views they set off (earned) and the"
                + " earned-media multiplier, with 80% intervals, for videos with a flight declared by viralscope"
                + " campaign add.";
    }

    @Override
    public Detection detect(VideoSeries series, DetectorContext context) {
        if (series.size() < 2) {
            return Detection.insufficientData(this, "The series has " + series.size() + " sample"
                    + (series.size() == 1 ? "" : "s") + "; daily views, and a flight's effect on them, need at least"
                    + " 2.");
        }
        if (series.flights().isEmpty()) {
            // not a wait for more data: nothing was declared to split, and more days will not change that; how to
            // declare one is in the description, written once per report rather than once per video
            return Detection.ok(this).summary("No campaign flight is declared for this video.").build();
        }
        DailyGrid grid = context.grid(series);
        int n = grid.dailyViews().length;
        if (n == 0) {
            return Detection.insufficientData(this, "The series has no daily views to read the flight against.");
        }
        LocalDate firstDay = day(grid, 0);
        int flightFirst = Integer.MAX_VALUE;
        int flightLast = Integer.MIN_VALUE;
        for (CampaignFlight f : series.flights()) {
            flightFirst = (int) Math.min(flightFirst, f.first().toEpochDay() - firstDay.toEpochDay());
            flightLast = (int) Math.max(flightLast, f.last().toEpochDay() - firstDay.toEpochDay());
        }
        if (flightLast < 0 || flightFirst >= n) {
            return Detection.insufficientData(this, "The flight (" + firstOfFlights(series) + " to "
                    + lastOfFlights(series) + ") lies outside the days analysed (" + firstDay + " to "
                    + day(grid, n - 1) + ").");
        }
        if (flightFirst < DAYS_BEFORE) {
            return Detection.insufficientData(this, "The flight starts " + Math.max(0, flightFirst) + " days into the"
                    + " series; the model needs " + DAYS_BEFORE + " days of views before it to know the video's"
                    + " usual day.");
        }
        if (n - 1 - flightLast < DAYS_AFTER) {
            return Detection.insufficientData(this, "The series ends " + Math.max(0, n - 1 - flightLast) + " days"
                    + " after the flight; what its views set off shows only over the following week, so the split"
                    + " needs at least " + DAYS_AFTER + " days of views after it.");
        }
        CampaignInput in = input(series, grid, flightFirst, flightLast);
        CampaignEstimate e = CampaignEstimate.of(in);
        return CampaignFindings.detection(this, series, grid.start(), in, e);
    }

    /** The model's input: the grid's daily views, the flights' stimulus and, when imported, the paid views. */
    static CampaignInput input(VideoSeries series, DailyGrid grid, int flightFirst, int flightLast) {
        double[] views = grid.dailyViews();
        int n = views.length;
        boolean[] usable = new boolean[n];
        int[] weekday = new int[n];
        double[] stimulus = new double[n];
        Map<LocalDate, Long> paidByDay = new HashMap<>();
        for (TrafficSourceDay t : series.trafficSources()) {
            if (t.paid()) {
                paidByDay.merge(t.day(), t.views(), Long::sum);
            }
        }
        boolean paidObserved = !paidByDay.isEmpty()
                || series.flights().stream().allMatch(f -> f.stimulus() == CampaignFlight.Stimulus.PAID_VIEWS);
        double[] paid = paidObserved ? new double[n] : null;
        for (int k = 0; k < n; k++) {
            LocalDate d = day(grid, k);
            usable[k] = grid.usableDay(k);
            weekday[k] = d.getDayOfWeek().getValue() - 1;
            for (CampaignFlight f : series.flights()) {
                stimulus[k] += f.on(d);
            }
            if (paid != null) {
                paid[k] = paidByDay.isEmpty() ? stimulus[k] : paidByDay.getOrDefault(d, 0L);
                paid[k] = Math.min(paid[k], views[k]);
            }
        }
        return new CampaignInput(views, usable, weekday, stimulus, paid, Math.max(0, flightFirst),
                Math.min(n - 1, flightLast));
    }

    static LocalDate day(DailyGrid grid, int k) {
        return grid.time(k).atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static LocalDate firstOfFlights(VideoSeries s) {
        return s.flights().stream().map(CampaignFlight::first).min(LocalDate::compareTo).orElseThrow();
    }

    private static LocalDate lastOfFlights(VideoSeries s) {
        return s.flights().stream().map(CampaignFlight::last).max(LocalDate::compareTo).orElseThrow();
    }

    /**
     * The unit of each metric this detector writes, in the order it declares them. Ordered: a {@code Map.ofEntries}
     * iterates in an order drawn anew in each JVM, so the same detection declared its units, and so its headline
     * metrics, in another order in each process, and a report's {@code metric_info} differed between two runs.
     */
    static final Map<String, Unit> UNITS = unitsInOrder();

    private static Map<String, Unit> unitsInOrder() {
        Map<String, Unit> units = new java.util.LinkedHashMap<>();
        units.put("paid_views", Unit.VIEWS);
        units.put("earned_views", Unit.VIEWS);
        units.put("baseline_views", Unit.VIEWS);
        units.put("earned_multiplier", Unit.RATIO);
        units.put("earned_share", Unit.PERCENT);
        units.put("daily_views_before", Unit.VIEWS_PER_DAY);
        units.put("daily_views_during", Unit.VIEWS_PER_DAY);
        units.put("daily_views_after", Unit.VIEWS_PER_DAY);
        units.put("branching_ratio", Unit.RATIO);
        return java.util.Collections.unmodifiableMap(units);
    }
}
