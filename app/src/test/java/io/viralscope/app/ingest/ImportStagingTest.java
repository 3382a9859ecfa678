package io.viralscope.app.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ImportStagingTest {

    @TempDir
    Path dir;

    @Test
    void aScratchFileDiskErrorIsOneSentenceNamingTheFileAndFolder() throws Exception {
        Path file;
        try (ImportStaging staging = ImportStaging.create(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                file = files.findFirst().orElseThrow();
            }
            assertThat(staging.failure(new SQLiteException("disk I/O error", SQLiteErrorCode.SQLITE_IOERR_WRITE))
                    .getMessage()).isEqualTo("The scratch file " + file + ", where an import checks its rows,"
                    + " failed (SQLite SQLITE_IOERR_WRITE); check that " + dir.toAbsolutePath() + " can be written"
                    + " and has free space, and import again. Nothing was imported.");
        }
        assertThat(file).doesNotExist();
    }
}
