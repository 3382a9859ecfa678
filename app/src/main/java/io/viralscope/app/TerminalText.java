package io.viralscope.app;

/**
 * Untrusted text (a title from YouTube, a plugin's words) made safe for a terminal or a report page: an escape sequence, BEL, a
 * carriage return or a bidirectional override (U+202E) could rewrite or hide what the person reads, and a title of
 * 200,000 characters would bury it. Control and format characters become spaces; the text is one line, bounded.
 */
public final class TerminalText {

    private TerminalText() {
    }

    /** {@code text} with control and format characters as spaces, stripped, cut to {@code max} code points with "…". */
    public static String printable(String text, int max) {
        String t = text == null ? "" : text.replaceAll("\\p{Cntrl}|\\p{Cf}", " ").strip();
        if (t.codePointCount(0, t.length()) <= max) {
            return t;
        }
        return t.substring(0, t.offsetByCodePoints(0, max - 1)) + "…";
    }
}
