package io.viralscope.app.ingest;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * A kind of CSV file Viralscope can import, recognised by its header row.
 */
interface SampleFileFormat {

    /** A short name for messages, such as "Viralscope CSV". */
    String name();

    /** True when {@code header} (cell texts, trimmed) is this format's header. */
    boolean recognises(List<String> header);

    /**
     * Reads and checks every row of {@code rows}, one at a time, into the scratch database (the good samples and
     * their videos' metadata) and {@code errors} (the bad rows); writes nothing to the store.
     *
     * @param fileIndex the file's position in the import
     */
    ParsedFile stage(Path file, int fileIndex, CsvRows rows, ImportStaging staging, RowErrors errors)
            throws SQLException;
}
