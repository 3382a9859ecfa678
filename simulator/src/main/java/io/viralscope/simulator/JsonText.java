package io.viralscope.simulator;

/** The few JSON literals the ground truth needs, written by hand to keep the simulator dependency-free. */
final class JsonText {

    private JsonText() {
    }

    /** How every ground truth dates its days, written into its JSON. */
    static final String DAY_CONVENTION = "day k is the views gained from start + k days to start + k+1 days, the UTC"
            + " day beginning at start + k days; its *_at instant is that 00:00 UTC";

    /** Appends one {@code "name": json,} line of a ground-truth object. */
    static void field(StringBuilder b, String name, String json) {
        b.append("  ").append(string(name)).append(": ").append(json).append(",\n");
    }

    /** A JSON string literal. */
    static String string(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** A JSON number, or {@code null} for a missing or non-finite value (JSON has no NaN or infinity). */
    static String number(Number n) {
        if (n == null) {
            return "null";
        }
        if (n instanceof Integer || n instanceof Long) {
            return n.toString();
        }
        double d = n.doubleValue();
        if (!Double.isFinite(d)) {
            return "null";
        }
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
