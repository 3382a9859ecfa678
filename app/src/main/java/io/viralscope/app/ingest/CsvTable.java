package io.viralscope.app.ingest;

import io.viralscope.app.UserError;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file read whole (RFC 4180, UTF-8, optional byte-order mark): its header and rows, each row with the line
 * it starts on so errors can name {@code file:line}.
 *
 * @param header cell texts of the first row, trimmed
 * @param rows   data rows
 */
public record CsvTable(List<String> header, List<Row> rows) {

    /**
     * One data row.
     *
     * @param line  1-based line where the row starts
     * @param cells raw cell texts
     */
    public record Row(long line, List<String> cells) {

        /** The cell at {@code index}, or empty when the row is short. */
        public String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }
    }

    /** Where commons-csv says a broken record started. */
    private static final java.util.regex.Pattern START_LINE = java.util.regex.Pattern.compile("startline (\\d+)");

    /** Reads {@code file}; a missing, unreadable, non-UTF-8 or malformed file is a {@link UserError}. */
    public static CsvTable read(Path file) {
        String text = decode(file);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (CSVParser parser = CSVFormat.RFC4180.builder().get().parse(new StringReader(text))) {
            List<String> header = null;
            List<Row> rows = new ArrayList<>();
            long line = 1;
            for (CSVRecord r : parser) {
                List<String> cells = r.toList();
                if (header == null) {
                    header = cells.stream().map(String::trim).toList();
                } else if (!(cells.size() == 1 && cells.get(0).isBlank())) {
                    rows.add(new Row(line, cells));
                }
                // a record ends on the parser's current line; the next one starts on the line after it
                line = parser.getCurrentLineNumber() + 1;
            }
            if (header == null) {
                throw UserError.badInput("File " + file + " is empty; a CSV file needs a header row.");
            }
            return new CsvTable(header, rows);
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            java.util.regex.Matcher line = START_LINE.matcher(String.valueOf(e.getMessage()));
            throw UserError.badInput("File " + file + " is not valid CSV" + (line.find() ? ": the quoted cell that"
                    + " starts on line " + line.group(1) + " is never closed" : "") + "; check quoting: a quote inside"
                    + " a quoted cell must be doubled.");
        }
    }

    private static String decode(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw UserError.badInput("File " + file + " does not exist; check the path.");
        } catch (AccessDeniedException e) {
            throw UserError.badInput("File " + file + " cannot be read (permission denied).");
        } catch (CharacterCodingException e) {
            throw UserError.badInput("File " + file + " is not UTF-8 text; save it as UTF-8 CSV and import again.");
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                throw UserError.badInput("File " + file + " is a directory; name a CSV file.");
            }
            throw UserError.badInput("File " + file + " cannot be read: " + e.getMessage() + ".");
        }
    }
}
