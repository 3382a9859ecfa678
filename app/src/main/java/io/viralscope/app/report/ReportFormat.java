package io.viralscope.app.report;

/** The formats {@code viralscope report --format} writes. */
public enum ReportFormat {
    HTML("html"), JSON("json"), CSV("csv");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** File extension, without the dot. */
    public String extension() {
        return extension;
    }
}
