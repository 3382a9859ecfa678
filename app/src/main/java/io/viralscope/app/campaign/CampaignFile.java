package io.viralscope.app.campaign;

import io.viralscope.app.UserError;
import io.viralscope.app.ingest.CsvRows;
import io.viralscope.app.youtube.VideoIdParser;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A campaign file: columns {@code campaign,video_id,day} and one of {@code spend}, {@code impressions},
 * {@code paid_views} (an optional {@code currency} column gives the spend's ISO 4217 code). Every row is checked
 * before anything is stored, and every bad row is named as {@code file:line}.
 *
 * @param days      every flight day of the file
 * @param currencies the currency of each campaign that names one
 */
public record CampaignFile(List<FlightDay> days, Map<String, String> currencies) {

    /** Figures a campaign file may carry, one per file. */
    static final List<String> FIGURES = List.of("spend", "impressions", "paid_views");

    /** Reads and checks {@code file}; nothing is returned unless every row is sound. */
    public static CampaignFile read(Path file) {
        try (CsvRows table = CsvRows.open(file)) {
            return read(file, table);
        }
    }

    private static CampaignFile read(Path file, CsvRows table) {
        List<String> header = table.header().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        int campaign = header.indexOf("campaign");
        int video = header.indexOf("video_id");
        int day = header.indexOf("day");
        int currency = header.indexOf("currency");
        List<String> figures = FIGURES.stream().filter(header::contains).toList();
        if (campaign < 0 || video < 0 || day < 0 || figures.size() != 1) {
            throw UserError.badInput("File " + file + " is not a campaign file: it needs the columns campaign,"
                    + " video_id, day and exactly one of spend, impressions, paid_views (it has "
                    + String.join(", ", table.header()) + ").");
        }
        String figure = figures.get(0);
        int value = header.indexOf(figure);
        List<FlightDay> days = new ArrayList<>();
        Map<String, String> currencies = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        int rows = 0;
        for (CsvRows.Row row = table.next(); row != null; row = table.next()) {
            rows++;
            String where = file.getFileName() + ":" + row.line() + ": ";
            try {
                String name = row.cell(campaign).trim();
                if (name.isEmpty()) {
                    throw UserError.badInput("the campaign name is empty.");
                }
                String id = VideoIdParser.parse(row.cell(video));
                LocalDate d = parseDay(row.cell(day));
                double amount = parseAmount(row.cell(value), figure);
                if (currency >= 0 && !row.cell(currency).isBlank()) {
                    String code = CurrencyCode.checked(row.cell(currency), "the currency ");
                    String earlier = currencies.putIfAbsent(name, code);
                    if (earlier != null && !earlier.equals(code)) {
                        throw UserError.badInput("campaign '" + name + "' is in " + earlier + " on an earlier row,"
                                + " not " + code + ".");
                    }
                }
                days.add(new FlightDay(name, id, d, figure.equals("spend") ? amount : null,
                        figure.equals("impressions") ? amount : null, figure.equals("paid_views") ? amount : null));
            } catch (UserError e) {
                errors.add(where + e.getMessage());
            }
        }
        if (rows == 0) {
            throw UserError.badInput("File " + file + " has a header but no rows; nothing to import.");
        }
        BadRows.refuseAny(errors);
        return new CampaignFile(List.copyOf(days), Map.copyOf(currencies));
    }

    static LocalDate parseDay(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw UserError.badInput("the day '" + text + "' is not a date such as 2026-03-03.");
        }
    }

    static double parseAmount(String text, String figure) {
        double v;
        try {
            v = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw UserError.badInput(figure + " '" + text + "' is not a number.");
        }
        if (!Double.isFinite(v)) {
            throw UserError.badInput(figure + " '" + text + "' is not a number.");
        }
        if (v < 0) {
            throw UserError.badInput(figure + " '" + text + "' is negative; give 0 or more.");
        }
        return v;
    }
}
