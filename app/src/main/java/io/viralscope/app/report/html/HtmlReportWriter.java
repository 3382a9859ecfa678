package io.viralscope.app.report.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import io.viralscope.app.report.Report;
import io.viralscope.app.report.ReportWriter;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The HTML report: one self-contained file (inline CSS, SVG charts and a small script; nothing fetched when
 * viewed) rendered from precompiled JTE templates, which escape every string from YouTube or a plugin.
 */
public final class HtmlReportWriter implements ReportWriter {

    /** Package of the precompiled templates (the jte-maven-plugin's {@code packageName} in app/pom.xml). */
    static final String TEMPLATE_PACKAGE = "io.viralscope.app.report.html.templates";

    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null, ContentType.Html,
            HtmlReportWriter.class.getClassLoader(), TEMPLATE_PACKAGE);

    private static final PageAssets ASSETS = PageAssets.bundled();

    private final int details;

    /** A writer giving at most {@link ReportPage#DEFAULT_DETAILS} videos a section of their own. */
    public HtmlReportWriter() {
        this(ReportPage.DEFAULT_DETAILS);
    }

    /** A writer giving at most {@code details} videos a section of their own (every video when there are fewer). */
    public HtmlReportWriter(int details) {
        this.details = details;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        TEMPLATES.render("report.jte", Map.of("page", ReportPage.of(report, details), "assets", ASSETS),
                new WriterOutput(out));
        out.flush();
    }
}
