package io.viralscope.app.report.html;

import java.util.Locale;

/**
 * A small SVG writer that escapes every attribute value and every text node, so chart markup built from video
 * titles and plugin labels cannot break out of the SVG. Element and attribute names are code constants.
 */
final class SvgWriter {

    private final StringBuilder out = new StringBuilder(4096);

    /** Opens an element; {@code attributes} alternate names and values; a null value omits the attribute. */
    SvgWriter open(String element, String... attributes) {
        tag(element, attributes);
        out.append('>');
        return this;
    }

    /** Writes an element without content. */
    SvgWriter empty(String element, String... attributes) {
        tag(element, attributes);
        out.append("/>");
        return this;
    }

    /** Writes an element holding only escaped text. */
    SvgWriter textElement(String element, String text, String... attributes) {
        open(element, attributes);
        text(text);
        return close(element);
    }

    /** Writes escaped text. */
    SvgWriter text(String text) {
        escape(text, false);
        return this;
    }

    /** Closes an element. */
    SvgWriter close(String element) {
        out.append("</").append(element).append('>');
        return this;
    }

    /** The markup written so far. */
    String markup() {
        return out.toString();
    }

    /** A coordinate or length with one decimal, the precision a screen can show. */
    static String num(double v) {
        double r = Math.round(v * 10) / 10.0;
        if (r == Math.rint(r)) {
            return Long.toString((long) r);
        }
        return String.format(Locale.ROOT, "%.1f", r);
    }

    private void tag(String element, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs: " + attributes.length);
        }
        out.append('<').append(element);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"");
                escape(attributes[i + 1], true);
                out.append('"');
            }
        }
    }

    private void escape(String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\'' -> out.append(attribute ? "&#39;" : "'");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append(' '); // control characters are not allowed in XML
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
