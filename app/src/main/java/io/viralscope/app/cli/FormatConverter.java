package io.viralscope.app.cli;

import io.viralscope.app.report.ReportFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --format} case-insensitively, naming the choices when it is wrong. */
final class FormatConverter implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
        for (ReportFormat f : ReportFormat.values()) {
            if (f.extension().equalsIgnoreCase(value)) {
                return f;
            }
        }
        throw new TypeConversionException("'" + value + "' is not a report format; choose html, json or csv.");
    }
}
