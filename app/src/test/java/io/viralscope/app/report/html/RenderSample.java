package io.viralscope.app.report.html;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the sample report to a file, for looking at it in a browser: {@code RenderSample OUT.html}. */
final class RenderSample {
    public static void main(String[] args) throws Exception {
        try (Writer w = Files.newBufferedWriter(Path.of(args[0]))) {
            new HtmlReportWriter().write(SampleReports.demo(), w);
        }
    }
}
