package io.viralscope.spark;

import io.viralscope.api.Detector;
import io.viralscope.app.analysis.AnalysedSeries;
import io.viralscope.app.analysis.AnalysisWindow;
import io.viralscope.app.analysis.DetectorRunner;
import io.viralscope.app.analysis.Progress;
import io.viralscope.app.analysis.ResultCache;
import io.viralscope.app.analysis.VideoAnalysis;
import org.apache.spark.api.java.function.FlatMapFunction;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Analyses the videos of one partition on an executor: each video's parts merged into its series, then every
 * detector run on it by the app's {@link DetectorRunner} (time limit, NaN and output checks, a failing detector
 * isolated to a {@code failed} detection) and the verdict combined by its {@code VerdictBuilder}. Videos go
 * through a batch at a time, so memory holds one batch whatever the partition's size.
 */
final class VideoAnalyser implements FlatMapFunction<Iterator<Tuple2<String, Iterable<VideoPart>>>, VideoResult> {
    private static final long serialVersionUID = 1L;

    /** Videos analysed together: as a report's batch. */
    static final int BATCH = 64;

    private final JobSettings settings;

    VideoAnalyser(JobSettings settings) {
        this.settings = settings;
    }

    @Override
    public Iterator<VideoResult> call(Iterator<Tuple2<String, Iterable<VideoPart>>> videos) {
        List<Detector> detectors = ExecutorPlugins.detectors(settings.pluginsDir());
        // one worker: Spark runs a task per core; the runner's own thread per call enforces the time limit
        DetectorRunner runner = new DetectorRunner(detectors, ResultCache.none(), settings::settingsOf, 1,
                settings.timeout());
        return new Iterator<>() {
            private Iterator<VideoResult> batch = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!batch.hasNext() && videos.hasNext()) {
                    batch = analyseNext(videos, runner).iterator();
                }
                if (!batch.hasNext()) {
                    runner.close();
                }
                return batch.hasNext();
            }

            @Override
            public VideoResult next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return batch.next();
            }
        };
    }

    private List<VideoResult> analyseNext(Iterator<Tuple2<String, Iterable<VideoPart>>> videos, DetectorRunner runner) {
        List<AnalysedSeries> series = new ArrayList<>(BATCH);
        while (series.size() < BATCH && videos.hasNext()) {
            Tuple2<String, Iterable<VideoPart>> v = videos.next();
            MergedVideo merged = MergedVideo.of(v._1(), v._2());
            series.add(AnalysedSeries.of(merged.series(), merged.publishedAt(), AnalysisWindow.WHOLE));
        }
        List<VideoResult> out = new ArrayList<>(series.size());
        for (VideoAnalysis a : runner.analyseBatch(series, Progress.NONE)) {
            out.add(OutputRows.of(a, settings.format()));
        }
        return out;
    }
}
