package io.viralscope.app.report;

import io.viralscope.app.UserError;

import java.util.Locale;
import java.util.Optional;

/** The formats {@code viralscope report --format} writes. */
public enum ReportFormat {
    HTML("html"), JSON("json"), CSV("csv");

    /** The format when neither {@code --format} nor the {@code --out} name says one. */
    public static final ReportFormat DEFAULT = JSON;

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** File extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format a file name's extension means ({@code .html}/{@code .htm}, {@code .json}, {@code .csv}), if any. */
    public static Optional<ReportFormat> ofFileName(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "html", "htm" -> Optional.of(HTML);
            case "json" -> Optional.of(JSON);
            case "csv" -> Optional.of(CSV);
            default -> Optional.empty();
        };
    }

    /**
     * The format to write: the one given, else the one the output's extension means, else {@link #DEFAULT}. Any
     * other name (no extension, {@code -}, {@code /dev/stdout}, a FIFO) takes the default.
     *
     * @param given the {@code --format} value, or {@code null}
     * @param out   the {@code --out} value, or {@code null}
     * @throws UserError (exit 2) when {@code given} contradicts the extension of {@code out}
     */
    public static ReportFormat choose(ReportFormat given, String out) {
        Optional<ReportFormat> named = out == null ? Optional.empty() : ofFileName(fileName(out));
        if (given != null && named.isPresent() && named.get() != given) {
            throw UserError.badInput("--format " + given.extension + " contradicts --out " + out + ", whose"
                    + " extension means " + named.get().extension + "; leave out --format or end the file name in ."
                    + given.extension + ".");
        }
        return given != null ? given : named.orElse(DEFAULT);
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf(java.io.File.separatorChar));
        return path.substring(slash + 1);
    }
}
