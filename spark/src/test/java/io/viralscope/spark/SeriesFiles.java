package io.viralscope.spark;

import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;
import io.viralscope.simulator.SimulatedMechanism;
import io.viralscope.simulator.SimulationSpec;
import io.viralscope.simulator.Simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Simulated series of every mechanism, written as CSV files in the import schema. */
final class SeriesFiles {

    private SeriesFiles() {
    }

    /** {@code perMechanism} seeds of every simulated mechanism, {@code days} long. */
    static List<VideoSeries> simulated(int perMechanism, int days) {
        List<VideoSeries> out = new ArrayList<>();
        for (SimulatedMechanism m : SimulatedMechanism.values()) {
            for (int seed = 1; seed <= perMechanism; seed++) {
                out.add(Simulator.simulate(SimulationSpec.builder(m).days(days).seed(seed).build()).series());
            }
        }
        return out;
    }

    /** Writes {@code series} to {@code files} CSV files in {@code dir}, dealt round-robin; returns the files. */
    static List<Path> write(Path dir, List<VideoSeries> series, int files) {
        List<StringBuilder> texts = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            texts.add(new StringBuilder("video_id,timestamp,view_count,like_count,comment_count,share_count,title\n"));
        }
        for (int i = 0; i < series.size(); i++) {
            VideoSeries s = series.get(i);
            StringBuilder b = texts.get(i % files);
            for (Sample x : s.samples()) {
                b.append(s.videoId()).append(',').append(x.at()).append(',').append(x.views()).append(',')
                        .append(count(x.likes())).append(',').append(count(x.comments())).append(',')
                        .append(count(x.shares())).append(",\"").append(s.title().replace("\"", "\"\""))
                        .append("\"\n");
            }
        }
        List<Path> out = new ArrayList<>();
        try {
            for (int i = 0; i < files; i++) {
                Path f = dir.resolve("series-" + i + ".csv");
                Files.writeString(f, texts.get(i), StandardCharsets.UTF_8);
                out.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String count(Long c) {
        return c == null ? "" : c.toString();
    }
}
