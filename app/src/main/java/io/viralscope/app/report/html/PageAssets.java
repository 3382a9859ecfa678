package io.viralscope.app.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The page's stylesheet and its one script, inlined so the report is a single file, and the Content Security
 * Policy that lets exactly these two run: with no network source allowed and no other inline script or style,
 * the page fetches nothing when viewed, and even markup that slipped past escaping could not execute.
 *
 * @param css    the stylesheet
 * @param script the sortable-table script
 */
public record PageAssets(String css, String script) {

    /** The assets shipped in the jar. */
    static PageAssets bundled() {
        return new PageAssets(resource("report.css"), resource("sortable-table.js"));
    }

    /** The policy for the {@code <meta http-equiv="Content-Security-Policy">} tag. */
    public String contentSecurityPolicy() {
        return "default-src 'none'; style-src '" + sha256(css) + "'; script-src '" + sha256(script)
                + "'; base-uri 'none'; form-action 'none'";
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = PageAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + PageAssets.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
