package io.viralscope.app.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * A kind of CSV file Viralscope can import, recognised by its header row.
 */
public interface SampleFileFormat {

    /** A short name for messages, such as "Viralscope CSV". */
    String name();

    /** True when {@code header} (cell texts, trimmed) is this format's header. */
    boolean recognises(List<String> header);

    /** Reads and checks every row; writes nothing. */
    ParsedFile parse(Path file, CsvTable table);
}
