package io.viralscope.app.report;

import io.viralscope.app.alert.Breakout;
import io.viralscope.app.analysis.VideoAnalysis;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON report's video entries, written during the report's first pass to a temporary file, one compact line a
 * video, so that writing the report copies them instead of reading every series and cached detection again (the
 * second read was about a sixth of a cold 10,000-video report). The entries and {@code metric_info} are those the
 * writer would have made from the videos in the same order. If the file cannot be written, the lines give up and
 * the writer reads the videos as before.
 */
final class JsonVideoLines implements VideoSpool, AutoCloseable {

    /** A video's finished line, as the writer makes it, merging what it declares into {@code info}. */
    interface EntryLine {
        String of(MetricInfoOnce info, VideoAnalysis video, Optional<Breakout> breakout,
                  Map<String, Integer> sampleSources) throws IOException;
    }

    private final EntryLine entryLine;
    private final Path folder;
    private final MetricInfoOnce info = new MetricInfoOnce();
    private Path file;
    private BufferedWriter lines;
    private long count;
    private boolean gaveUp;

    /**
     * @param entryLine the writer's line of a video
     * @param folder    where the temporary file goes; {@code null} for the system's temporary folder
     */
    JsonVideoLines(EntryLine entryLine, Path folder) {
        this.entryLine = entryLine;
        this.folder = folder;
    }

    @Override
    public synchronized void take(VideoAnalysis video, Optional<Breakout> breakout,
                                  Map<String, Integer> sampleSources) {
        if (gaveUp) {
            return;
        }
        try {
            if (lines == null) {
                file = folder == null ? Files.createTempFile("viralscope-report-", ".jsonl")
                        : Files.createTempFile(folder, "viralscope-report-", ".jsonl");
                file.toFile().deleteOnExit();
                lines = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            }
            lines.write(entryLine.of(info, video, breakout, sampleSources));
            lines.write('\n');
            count++;
        } catch (IOException | UncheckedIOException e) {
            // a full temporary folder, say: the report is still written, from the videos
            giveUp();
        }
    }

    /** True when every one of {@code videos} videos was kept, in a file that can be read back. */
    synchronized boolean holds(long videos) {
        if (gaveUp || count != videos) {
            return false;
        }
        try {
            if (lines != null) {
                lines.close();
                lines = null;
            }
            return true;
        } catch (IOException e) {
            giveUp();
            return false;
        }
    }

    /** What is done with each kept entry. */
    interface Entry {
        void accept(String line) throws IOException;
    }

    /** Hands each kept entry, in order, to {@code each}. */
    void forEach(Entry each) throws IOException {
        if (file == null) {
            return;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                each.accept(line);
            }
        }
    }

    /** The units, bands, headline and diagnostic lists the kept entries declared, merged as the writer does. */
    MetricInfoOnce info() {
        return info;
    }

    private void giveUp() {
        gaveUp = true;
        close();
    }

    /** Removes the file. */
    @Override
    public synchronized void close() {
        try {
            if (lines != null) {
                lines.close();
            }
        } catch (IOException e) {
            // the file is removed below all the same
        }
        lines = null;
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // left to deleteOnExit
            }
            file = null;
        }
    }
}
