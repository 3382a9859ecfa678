package io.viralscope.app.ingest;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import static org.assertj.core.api.Assertions.assertThat;

class CommonInstantsTest {

    /** What java.time's general parser makes of {@code t}, as the import used it before the fast path. */
    private static Instant general(String t) {
        try {
            return t.length() == 10 ? LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Test
    void agreesWithTheGeneralParserOrLeavesTheTextToIt() {
        String[] texts = {"2026-03-01", "2026-03-01T12:34:56Z", "2024-02-29", "2023-02-29", "2026-04-31",
            "2026-12-31T23:59:59Z", "2026-13-01", "2026-00-10", "2026-01-00", "2026-01-01T24:00:00Z",
            "2026-01-01T23:60:00Z", "2026-01-01T23:59:60Z", "0000-01-01", "9999-12-31", "2026-03-01T12:00:00z",
            "2026-03-01t12:00:00Z", "2026-03-01 12:00:00Z", "2026/03/01", "２０２６-03-01", "2026-03-01T12:00:00+02:00",
            "2026-3-01", "20260301"};
        for (String t : texts) {
            Instant fast = CommonInstants.parse(t);
            if (fast != null) {
                assertThat(fast).as(t).isEqualTo(general(t));
            }
        }
        assertThat(CommonInstants.parse("2024-02-29")).isEqualTo(Instant.parse("2024-02-29T00:00:00Z"));
        assertThat(CommonInstants.parse("2026-12-31T23:59:59Z")).isEqualTo(Instant.parse("2026-12-31T23:59:59Z"));
        assertThat(CommonInstants.parse("2023-02-29")).isNull();
        assertThat(CommonInstants.parse("2026-01-01T24:00:00Z")).isNull();
        assertThat(CommonInstants.parse("2026-03-01T12:00:00+02:00")).isNull();
    }
}
