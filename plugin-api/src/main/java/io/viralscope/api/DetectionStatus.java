package io.viralscope.api;

/** The outcome of one detector on one series; {@link #wireName()} is the name in reports. */
@Stability(level = Stability.Level.STABLE, since = "1.0.0")
public enum DetectionStatus {
    /** The analysis ran and its metrics hold. */
    OK("ok"),
    /** The series cannot support the analysis (too short, flat, all in gaps); the summary says why. */
    INSUFFICIENT_DATA("insufficient_data"),
    /** The detector threw, timed out or broke the output rules; set by the host, or by a detector itself. */
    FAILED("failed");

    private final String wireName;

    DetectionStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The lower-case name used in JSON and CSV reports. */
    public String wireName() {
        return wireName;
    }

    /** The status whose wire name is {@code name}. */
    public static DetectionStatus fromWireName(String name) {
        for (DetectionStatus s : values()) {
            if (s.wireName.equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown detection status '" + name + "'");
    }
}
