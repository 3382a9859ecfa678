package io.viralscope.app.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV cells show a number's meaningful digits, as the JSON report does: integers as integers, anything else to 5
 * significant digits but never fewer than whole units.
 */
class CsvNumberTest {

    @ParameterizedTest
    @CsvSource({
            "578.0000076870433, 578",
            "42.0, 42",
            "-0.0, 0",
            "0.0, 0",
            "12345678901.0, 12345678901",
            "0.95, 0.95",
            "0.8333333333333334, 0.83333",
            "0.000123456789, 0.00012346",
            "1234567.891, 1234568",
            "-3.14159265, -3.1416",
            "2.5E-9, 0.0000000025",
            "1.0E20, 100000000000000000000",
            "0.1234575, 0.12346"})
    void roundsToWhatTheNumberMeans(double value, String cell) {
        assertThat(CsvReportWriter.number(value)).isEqualTo(cell);
    }
}
