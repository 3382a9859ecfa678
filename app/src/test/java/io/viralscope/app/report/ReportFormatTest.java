package io.viralscope.app.report;

import io.viralscope.app.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Which format a report is written in, from --format and the --out name. */
class ReportFormatTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "null, null, JSON",
            "null, -, JSON",
            "null, /dev/stdout, JSON",
            "null, client-report.html, HTML",
            "null, out/Client-Report.HTM, HTML",
            "null, r.csv, CSV",
            "null, r.json, JSON",
            "null, r.txt, JSON",
            "null, archive.csv/report, JSON",
            "CSV, null, CSV",
            "CSV, -, CSV",
            "HTML, r.html, HTML",
            "CSV, report.2026-12-01, CSV"})
    void theGivenFormatElseTheExtensionElseJson(String given, String out, ReportFormat expected) {
        assertThat(ReportFormat.choose(given == null ? null : ReportFormat.valueOf(given), out)).isEqualTo(expected);
    }

    @Test
    void aFormatThatContradictsTheExtensionIsOneSentenceNamingBoth() {
        UserError e = catchThrowableOfType(UserError.class, () -> ReportFormat.choose(ReportFormat.JSON,
                "reports/client.htm"));

        assertThat(e.exitCode()).isEqualTo(2);
        assertThat(e.getMessage()).isEqualTo("--format json contradicts --out reports/client.htm, whose extension"
                + " means html; leave out --format or end the file name in .json.");
    }
}
