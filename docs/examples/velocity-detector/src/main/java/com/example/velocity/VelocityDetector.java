package com.example.velocity;

import io.viralscope.api.CurvePoint;
import io.viralscope.api.CurveQuantity;
import io.viralscope.api.Detection;
import io.viralscope.api.Detector;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.FittedCurve;
import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;
import org.pf4j.Extension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Views per hour (velocity) over the most recent window, and how fast it changes (acceleration): the figure
 * creators watch in the first days after publishing. Works on the raw samples, so hourly polling gives hourly
 * resolution; setting {@code window-hours} (default 24) sets how far back "recent" reaches.
 */
@Extension
public final class VelocityDetector implements Detector {

    @Override
    public String id() {
        return "velocity";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "Views per hour over the latest window and its acceleration.";
    }

    @Override
    public Detection detect(VideoSeries series, DetectorContext context) {
        int windowHours = context.settings().getInt("window-hours", 24, 1, 24 * 30);
        List<Sample> s = series.samples();
        if (s.size() < 3) {
            return Detection.insufficientData(this, "Velocity needs at least three samples.");
        }
        // velocity between consecutive samples, views per hour, at the interval's midpoint
        List<double[]> v = new ArrayList<>(); // {hours since first sample, views per hour}
        for (int i = 1; i < s.size(); i++) {
            double hours = Duration.between(s.get(i - 1).at(), s.get(i).at()).toMillis() / 3_600_000.0;
            double gained = Math.max(0, s.get(i).views() - s.get(i - 1).views());
            double mid = Duration.between(s.get(0).at(), s.get(i - 1).at()).toMillis() / 3_600_000.0 + hours / 2;
            v.add(new double[] {mid, gained / hours});
        }
        double end = v.get(v.size() - 1)[0];
        double recent = average(v, end - windowHours, end);
        double before = average(v, end - 2.0 * windowHours, end - windowHours);
        double peak = v.stream().mapToDouble(p -> p[1]).max().orElse(0);
        Detection.Builder out = Detection.ok(this)
                .metric("views_per_hour", recent)
                .metric("views_per_hour_peak", peak)
                .metric("window_hours", windowHours);
        String trend;
        if (Double.isNaN(before)) {
            out.metricOrUnknown("acceleration_per_hour", null);
            trend = "too short a history to tell its trend";
        } else {
            double acceleration = (recent - before) / windowHours; // views/hour, per hour
            out.metric("acceleration_per_hour", acceleration);
            trend = acceleration > 0 ? "speeding up" : acceleration < 0 ? "slowing down" : "steady";
        }
        List<CurvePoint> curve = new ArrayList<>();
        for (double[] p : v) {
            curve.add(new CurvePoint(s.get(0).at().plusMillis(Math.round(p[0] * 3_600_000)), p[1] * 24));
        }
        return out.curve(new FittedCurve("velocity", CurveQuantity.DAILY_VIEWS, false, curve))
                .summary(String.format(Locale.ROOT, "%,.0f views per hour over the last %d hours, %s.", recent,
                        windowHours, trend))
                .build();
    }

    /** Mean velocity of the intervals whose midpoints fall in (from, to]; NaN when none does. */
    private static double average(List<double[]> v, double from, double to) {
        double sum = 0;
        int n = 0;
        for (double[] p : v) {
            if (p[0] > from && p[0] <= to) {
                sum += p[1];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
