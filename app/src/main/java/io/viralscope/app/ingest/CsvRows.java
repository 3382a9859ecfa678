package io.viralscope.app.ingest;

import io.viralscope.app.UserError;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CSV file read row by row (RFC 4180, UTF-8, optional byte-order mark): its header, then one row at a time, each
 * with the line it starts on so errors can name {@code file:line}. Only the row at hand is in memory, whatever the
 * file's size. A missing, unreadable, non-UTF-8 or malformed file is a {@link UserError}, also when the fault is
 * found deep into the file.
 */
public final class CsvRows implements AutoCloseable {

    /**
     * One data row.
     *
     * @param line   1-based line where the row starts
     * @param record the parsed cells
     */
    public record Row(long line, CSVRecord record) {

        /** The cell at {@code index}, or empty when the row is short. */
        public String cell(int index) {
            return index >= 0 && index < record.size() ? record.get(index) : "";
        }
    }

    /** Where commons-csv says a broken record started; it groups digits by locale ("startline 10,002"). */
    private static final Pattern START_LINE = Pattern.compile("startline (\\d[\\d,.\u00a0\u202f']*)");

    /** Rows between two progress reports: often enough for a person, rarely enough to cost nothing. */
    private static final int REPORT_EVERY = 16_384;

    private final Path file;
    private final long size;
    private final ImportProgress progress;
    private long rows;
    private final CountingStream bytes;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private long nextLine = 1;

    private CsvRows(Path file, long size, CountingStream bytes, CSVParser parser, ImportProgress progress) {
        this.file = file;
        this.size = size;
        this.progress = progress;
        this.bytes = bytes;
        this.parser = parser;
        this.records = parser.iterator();
        CSVRecord first = nextRecord();
        if (first == null) {
            throw UserError.badInput("File " + file + " is empty; a CSV file needs a header row.");
        }
        this.header = first.toList().stream().map(String::trim).toList();
    }

    /** Opens {@code file} and reads its header row, showing no progress: for small files such as campaigns. */
    public static CsvRows open(Path file) {
        return open(file, ImportProgress.NONE);
    }

    /** Opens {@code file} and reads its header row; {@code progress} hears how far reading has got. */
    static CsvRows open(Path file, ImportProgress progress) {
        CountingStream bytes = null;
        try {
            if (Files.isDirectory(file)) {
                throw UserError.badInput("File " + file + " is a directory; name a CSV file.");
            }
            long size = Files.size(file);
            bytes = new CountingStream(Files.newInputStream(file));
            BufferedReader reader = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)),
                    1 << 16);
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            CsvRows rows = new CsvRows(file, size, bytes, CSVFormat.RFC4180.builder().get().parse(reader),
                    progress);
            bytes = null;
            return rows;
        } catch (IOException e) {
            throw unreadable(file, e);
        } finally {
            if (bytes != null) {
                try {
                    bytes.close();
                } catch (IOException ignored) {
                    // the reading failure is the one to report
                }
            }
        }
    }

    /** Cell texts of the first row, trimmed. */
    public List<String> header() {
        return header;
    }

    /** The next data row, or {@code null} at the end; blank lines are passed over. */
    public Row next() {
        CSVRecord r;
        while ((r = nextRecord()) != null) {
            long line = nextLine;
            // a record ends on the parser's current line; the next one starts on the line after it
            nextLine = parser.getCurrentLineNumber() + 1;
            if (!(r.size() == 1 && r.get(0).isBlank())) {
                if (++rows % REPORT_EVERY == 0) {
                    progress.reading(file, rows, bytes.count, size);
                }
                return new Row(line, r);
            }
        }
        progress.read(file, rows);
        return null;
    }

    /** Data rows handed out so far. */
    int rows() {
        return Math.toIntExact(rows);
    }

    private CSVRecord nextRecord() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord r = records.next();
            if (header == null) {
                nextLine = parser.getCurrentLineNumber() + 1;
            }
            return r;
        } catch (UncheckedIOException | IllegalStateException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof CharacterCodingException) {
                    throw notUtf8(file);
                }
            }
            Matcher line = START_LINE.matcher(String.valueOf(e.getMessage()));
            throw UserError.badInput("File " + file + " is not valid CSV" + (line.find() ? ": the quoted cell that"
                    + " starts on line " + line.group(1).replaceAll("\\D", "") + " is never closed" : "") + "; check quoting: a quote inside"
                    + " a quoted cell must be doubled.");
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // everything wanted was read; a failing close changes nothing
        }
    }

    private static UserError notUtf8(Path file) {
        return UserError.badInput("File " + file + " is not UTF-8 text; save it as UTF-8 CSV and import again.");
    }

    private static UserError unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return UserError.badInput("File " + file + " does not exist; check the path.");
        }
        if (e instanceof AccessDeniedException) {
            return UserError.badInput("File " + file + " cannot be read (permission denied).");
        }
        if (e instanceof CharacterCodingException) {
            return notUtf8(file);
        }
        return UserError.badInput("File " + file + " cannot be read: " + e.getMessage() + ".");
    }

    /** Counts the bytes read, for progress as a share of the file. */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
