package io.viralscope.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A detector's finding that a video's dynamics turned critical: the host alerts on these (webhook, report) when
 * they are recent, without knowing the detector's metrics. A detector emits one only for a finding it stands by.
 *
 * @param kind    what turned critical; the host decides per kind how recent the finding must be to alert
 * @param at      when: the peak of a critical burst, or the change point of an acceleration; inside the window
 * @param finding a plain sentence naming what was found, such as "growth accelerated on 2026-11-20 (…)"
 */
@Stability(level = Stability.Level.EXPERIMENTAL, since = "1.2.0")
public record BreakoutSignal(Kind kind, Instant at, String finding) {

    /** Validates that every part is there. */
    public BreakoutSignal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        if (finding == null || finding.isBlank()) {
            throw new IllegalArgumentException("a breakout signal needs a finding sentence");
        }
    }

    /** What turned critical. */
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.2.0")
    public enum Kind {
        /** A burst whose dynamics feed themselves (a critical cascade), dated at its peak. */
        CRITICAL_BURST("critical-burst"),
        /** Growth that accelerated at a change point, dated at the change point. */
        ACCELERATION("acceleration");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** Kebab-case id used in JSON. */
        public String id() {
            return id;
        }

        /** The kind whose id is {@code id}. */
        public static Kind fromId(String id) {
            for (Kind k : values()) {
                if (k.id.equals(id)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("Unknown breakout signal kind '" + id + "'");
        }
    }
}
