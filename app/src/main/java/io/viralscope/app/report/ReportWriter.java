package io.viralscope.app.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a report in one format. */
public interface ReportWriter {

    /** Writes {@code report} to {@code out}; does not close it. */
    void write(Report report, Writer out) throws IOException;
}
