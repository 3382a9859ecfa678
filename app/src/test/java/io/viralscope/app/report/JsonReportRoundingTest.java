package io.viralscope.app.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.viralscope.app.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's numbers carry six significant digits (whole units at least); the cache keeps every digit. */
class JsonReportRoundingTest {

    @Test
    void numbersKeepSixSignificantDigitsAndWholeUnits() {
        assertThat(JsonReportWriter.rounded(817.2391971192335)).isEqualTo(817.239);
        assertThat(JsonReportWriter.rounded(0.1240325625338104)).isEqualTo(0.124033);
        assertThat(JsonReportWriter.rounded(-0.0646352418)).isEqualTo(-0.0646352);
        assertThat(JsonReportWriter.rounded(123456.7)).isEqualTo(123457.0);
        assertThat(JsonReportWriter.rounded(27_312_345.6)).isEqualTo(27_312_346.0);
        assertThat(JsonReportWriter.rounded(5.0142e-5)).isEqualTo(5.0142e-5);
        assertThat(JsonReportWriter.rounded(1.234567891e-30)).isEqualTo(1.23457e-30);
        assertThat(JsonReportWriter.rounded(0.0)).isZero();
        assertThat(JsonReportWriter.rounded(Double.NaN)).isNaN();
    }

    @Test
    void eventValuesAttributesAndEpisodesAreRoundedLikeMetrics() throws Exception {
        ObjectNode d = (ObjectNode) Json.MAPPER.readTree("""
                {"metrics":{"rate":0.484131991024174,"count":7},
                 "events":[{"type":"changepoint","value":817.2391971192335,"label":"growth",
                   "attributes":{"rate_after":0.1240325625338104,"kink":1.0}}],
                 "episodes":[{"views_above_baseline":128045,"peak_ratio":13.04519823}]}""");
        assertThat(JsonReportWriter.roundedMetrics(d).toString()).isEqualTo("{\"metrics\":{\"rate\":0.484132,"
                + "\"count\":7},\"events\":[{\"type\":\"changepoint\",\"value\":817.239,\"label\":\"growth\","
                + "\"attributes\":{\"rate_after\":0.124033,\"kink\":1.0}}],\"episodes\":[{\"views_above_baseline\""
                + ":128045,\"peak_ratio\":13.0452}]}");
    }
}
