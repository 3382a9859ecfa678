package io.viralscope.spark;

import io.viralscope.app.UserError;
import io.viralscope.app.ingest.ImportBatch;
import io.viralscope.app.ingest.Importer;
import io.viralscope.app.ingest.ParsedFile;
import io.viralscope.app.ingest.RowError;
import io.viralscope.app.ingest.StagedVideos;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one CSV input (Viralscope's schema or a YouTube Studio export) on an executor with the app's own importer,
 * so every row gets the checks and the messages {@code viralscope import} gives it; a file on a remote file system
 * is copied to the task's scratch folder first, under its own name, so messages name it.
 */
final class CsvInputReader {

    private CsvInputReader() {
    }

    /** The file's video parts and its report (last). */
    static List<Piece> read(InputFile f) {
        List<Piece> out = new ArrayList<>();
        try (Scratch scratch = new Scratch()) {
            Path local;
            try {
                local = localCopy(f, scratch.dir);
            } catch (IOException e) {
                out.add(Piece.of(FileReport.refused(f, "File " + f.name() + " cannot be read: " + e.getMessage()
                        + ".")));
                return out;
            }
            out.addAll(read(f, local, scratch.dir, 0, RowError::describe));
        }
        return out;
    }

    /**
     * Reads {@code local}, the content of input {@code f}, with the importer; {@code chunk} orders the pieces of
     * one input, {@code describe} writes each bad cell.
     */
    static List<Piece> read(InputFile f, Path local, Path scratch, long chunk,
                            java.util.function.Function<RowError, String> describe) {
        List<Piece> out = new ArrayList<>();
        try (ImportBatch batch = Importer.withBuiltInFormats(scratch).read(List.of(local), true)) {
            StagedVideos.forEach(batch, p -> out.add(Piece.of(VideoPart.of(p, f.index(), chunk))));
            ParsedFile parsed = batch.files().get(0);
            out.add(Piece.of(new FileReport(f.index(), chunk, f.name(), parsed.format(), parsed.rows(),
                    parsed.samples(), parsed.badRows(), batch.errors().stream().map(describe).toList(),
                    batch.unlistedErrors(), null)));
        } catch (UserError e) {
            out.clear();
            out.add(Piece.of(FileReport.refused(f, e.getMessage().replace(local.toString(), f.name()))));
        }
        return out;
    }

    /** The file itself when it is on the local file system, else a copy in {@code dir} under its own name. */
    private static Path localCopy(InputFile f, Path dir) throws IOException {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(f.uri());
        FileSystem fs = path.getFileSystem(new Configuration());
        if (fs instanceof LocalFileSystem || "file".equals(fs.getScheme())) {
            return Path.of(path.toUri().getPath());
        }
        Path copy = dir.resolve(path.getName());
        try (InputStream in = fs.open(path)) {
            Files.copy(in, copy);
        }
        return copy;
    }
}
