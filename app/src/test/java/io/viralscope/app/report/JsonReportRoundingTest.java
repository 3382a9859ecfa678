package io.viralscope.app.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.viralscope.app.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report's numbers carry five significant digits (whole units at least), whole numbers without ".0"; the cache
 * keeps every digit.
 */
class JsonReportRoundingTest {

    @Test
    void numbersKeepFiveSignificantDigitsAndWholeUnits() {
        assertThat(JsonReportWriter.rounded(817.2391971192335)).isEqualTo(817.24);
        assertThat(JsonReportWriter.rounded(0.1240325625338104)).isEqualTo(0.12403);
        assertThat(JsonReportWriter.rounded(-0.0646352418)).isEqualTo(-0.064635);
        assertThat(JsonReportWriter.rounded(12345.67)).isEqualTo(12346.0);
        assertThat(JsonReportWriter.rounded(123456.7)).isEqualTo(123457.0);
        assertThat(JsonReportWriter.rounded(27_312_345.6)).isEqualTo(27_312_346.0);
        assertThat(JsonReportWriter.rounded(5.0142e-5)).isEqualTo(5.0142e-5);
        assertThat(JsonReportWriter.rounded(1.234567891e-30)).isEqualTo(1.2346e-30);
        assertThat(JsonReportWriter.rounded(0.0)).isZero();
        assertThat(JsonReportWriter.rounded(Double.NaN)).isNaN();
    }

    @Test
    void eventValuesAttributesEvidenceAndEpisodesAreRoundedLikeMetrics() throws Exception {
        ObjectNode d = (ObjectNode) Json.MAPPER.readTree("""
                {"metrics":{"rate":0.484131991024174,"count":7.0,"days":-0.0},
                 "events":[{"type":"changepoint","value":817.2391971192335,"label":"growth",
                   "attributes":{"rate_after":0.1240325625338104,"kink":1.0}}],
                 "evidence":[{"mechanism":"organic-baseline","weight":0.5196782491199881,"finding":"a trickle"}],
                 "episodes":[{"views_above_baseline":128045,"peak_ratio":13.04519823}]}""");
        assertThat(JsonReportWriter.roundedMetrics(d).toString()).isEqualTo("{\"metrics\":{\"rate\":0.48413,"
                + "\"count\":7,\"days\":0},\"events\":[{\"type\":\"changepoint\",\"value\":817.24,\"label\":\"growth\","
                + "\"attributes\":{\"rate_after\":0.12403,\"kink\":1}}],\"evidence\":[{\"mechanism\":"
                + "\"organic-baseline\",\"weight\":0.51968,\"finding\":\"a trickle\"}],\"episodes\":"
                + "[{\"views_above_baseline\":128045,\"peak_ratio\":13.045}]}");
    }
}
