package io.viralscope.app.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Optional;

/** Writes a report in one format. */
public interface ReportWriter {

    /** Writes {@code report} to {@code out}; does not close it. */
    void write(Report report, Writer out) throws IOException;

    /**
     * Where the report's first pass may hand each video, in order, so that {@link #write} need not read every
     * video again; empty for a writer that reads the videos when it writes (the default).
     */
    default Optional<VideoSpool> spool() {
        return Optional.empty();
    }
}
