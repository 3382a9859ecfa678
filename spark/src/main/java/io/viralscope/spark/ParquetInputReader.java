package io.viralscope.spark;

import io.viralscope.app.ingest.RowError;
import io.viralscope.app.ingest.ViralscopeCsvFormat;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Row;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads the rows of Parquet inputs with the same columns as the CSV schema: each task writes the rows of its piece
 * of a file as CSV cells into its scratch folder and hands them to the same importer as a CSV file, so a Parquet
 * row is checked exactly as a CSV row is. A bad row is named by its row number in the file (1-based), Parquet
 * having no lines.
 */
final class ParquetInputReader implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The schema's columns, in the order the rows arrive; then the file's path and the row's index in it. */
    static final List<String> COLUMNS = List.of("video_id", "timestamp", "view_count", "like_count",
            "comment_count", "share_count", "title", "published_at");

    private final Map<String, InputFile> byPath;
    private final List<String> present;

    /**
     * @param byPath  the Parquet inputs by their path ({@link #key})
     * @param present the schema's columns the files have, in {@link #COLUMNS} order
     */
    ParquetInputReader(Map<String, InputFile> byPath, List<String> present) {
        this.byPath = Map.copyOf(byPath);
        this.present = List.copyOf(present);
    }

    /** The key a file is known by, whichever way its path is written (a qualified URI or a plain path). */
    static String key(String path) {
        return new org.apache.hadoop.fs.Path(path).toUri().getPath();
    }

    /**
     * The pieces of one partition: its rows come file by file (a partition reads parts of files), each run of one
     * file's rows read as one chunk. Row layout: the present columns, then file path, then row index.
     */
    Iterator<Piece> read(Iterator<Row> rows) {
        List<Piece> out = new ArrayList<>();
        String file = null;
        List<Row> run = new ArrayList<>();
        while (rows.hasNext()) {
            Row r = rows.next();
            String path = r.getString(present.size());
            if (file != null && !file.equals(path)) {
                out.addAll(chunk(file, run));
                run = new ArrayList<>();
            }
            file = path;
            run.add(r);
        }
        if (file != null) {
            out.addAll(chunk(file, run));
        }
        return out.iterator();
    }

    private List<Piece> chunk(String path, List<Row> rows) {
        InputFile f = byPath.get(key(path));
        if (f == null) {
            throw new IllegalStateException("a Parquet row came from " + path + ", which is not among the inputs");
        }
        long[] rowIndex = new long[rows.size()];
        try (Scratch scratch = new Scratch()) {
            Path csv = scratch.dir.resolve(new org.apache.hadoop.fs.Path(path).getName() + ".csv");
            try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                 CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
                p.printRecord(present);
                for (int i = 0; i < rows.size(); i++) {
                    Row r = rows.get(i);
                    List<String> cells = new ArrayList<>(present.size());
                    for (int c = 0; c < present.size(); c++) {
                        cells.add(cell(r.get(c)));
                    }
                    p.printRecord(cells);
                    rowIndex[i] = r.getLong(present.size() + 1);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("a Parquet piece could not be staged: " + e.getMessage(), e);
            }
            // a cell never holds a line break (cell() turns them into spaces): CSV line n is row n - 2 of the piece
            return CsvInputReader.read(f, csv, scratch.dir, rowIndex.length == 0 ? 0 : rowIndex[0],
                    e -> describe(f, e, rowIndex)).stream().map(piece -> piece.report() == null ? piece
                    : Piece.of(asParquet(piece.report()))).toList();
        }
    }

    private static FileReport asParquet(FileReport r) {
        return new FileReport(r.file(), r.chunk(), r.name(), r.refusal() == null ? "Parquet" : r.format(), r.rows(),
                r.samples(), r.badRows(), r.errors(), r.unlisted(), r.refusal());
    }

    /** {@code file:row N: column 'name': problem}, N counted from 1 in the whole file. */
    static String describe(InputFile f, RowError e, long[] rowIndex) {
        int i = (int) e.line() - 2;
        long row = i >= 0 && i < rowIndex.length ? rowIndex[i] + 1 : e.line() - 1;
        return new org.apache.hadoop.fs.Path(f.uri()).getName() + ":row " + row + ": column '" + e.column() + "': "
                + e.problem();
    }

    /** A Parquet value as the CSV cell it stands for: instants in ISO-8601 with Z, null as an empty cell. */
    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        String text;
        if (v instanceof Instant at) {
            text = at.toString();
        } else if (v instanceof java.sql.Timestamp t) {
            text = t.toInstant().toString();
        } else if (v instanceof LocalDateTime local) {
            text = local.toInstant(ZoneOffset.UTC).toString(); // TIMESTAMP_NTZ: taken as UTC, as the schema's times are
        } else {
            text = v.toString();
        }
        return text.replace('\r', ' ').replace('\n', ' ');
    }

    /** The schema's columns among {@code fieldNames}, in {@link #COLUMNS} order. */
    static List<String> presentIn(List<String> fieldNames) {
        return COLUMNS.stream().filter(fieldNames::contains).toList();
    }

    /** Required columns the Parquet inputs lack. */
    static List<String> missingIn(List<String> fieldNames) {
        return ViralscopeCsvFormat.REQUIRED.stream().filter(c -> !fieldNames.contains(c)).toList();
    }
}
