package io.viralscope.plugins.growth;

import io.viralscope.api.DailyGrid;
import io.viralscope.api.Detection;
import io.viralscope.api.Detector;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.DetectorSettings;
import io.viralscope.api.VideoSeries;
import java.util.List;
import org.pf4j.Extension;

/**
 * Fits logistic, Gompertz, Bass, exponential and linear growth to a video's daily views and reports the one AICc
 * prefers (docs/architecture.md#growth-curves): its ceiling, inflection, Bass innovation and imitation, and what they say about spreading.
 *
 * <p>Settings ({@code detectors.growth-curve.*}): {@code min-days}, fewest observed daily increments to fit
 * (default 7); {@code max-gap-days}, longest interval between samples bridged without marking a gap (default 3).
 * Stateless, so thread-safe; deterministic.
 */
@Extension
public final class GrowthCurveDetector implements Detector {

    private static final int DEFAULT_MIN_DAYS = 7;

    @Override
    public String id() {
        return "growth-curve";
    }

    @Override
    public String version() {
        return "1.5.1";
    }

    @Override
    public String description() {
        return "Fits logistic, Gompertz, Bass, exponential and linear growth to daily views and reports the best by "
                + "AICc, with its ceiling, inflection and Bass p and q.";
    }

    @Override
    public Detection detect(VideoSeries series, DetectorContext context) {
        DetectorSettings settings = context.settings();
        int minDays = settings.getInt("min-days", DEFAULT_MIN_DAYS, DEFAULT_MIN_DAYS, 3650);
        double maxGapDays = settings.getDouble("max-gap-days", DailyGrid.DEFAULT_MAX_GAP_DAYS, 1, 3650);
        DailyGrid grid = context.grid(series, maxGapDays);
        ViewIncrements data = ViewIncrements.of(grid);
        String problem = SeriesAdequacy.problem(series.size(), data, minDays);
        if (problem != null) {
            return Detection.insufficientData(this, problem);
        }
        List<ModelFit> fits = GrowthCurveFitter.fitAll(data);
        return GrowthCurveReport.detection(this, series, grid, data, fits, ModelSelection.best(fits));
    }
}
