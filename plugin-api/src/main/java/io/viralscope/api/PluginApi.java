package io.viralscope.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this plugin contract. The host hands it to PF4J as the system version, so a plugin whose
 * {@code plugin.requires} (for example {@code >=1.0.0 & <2.0.0}) excludes it is refused with a reason.
 * Semantic versioning: a minor version adds, a major version breaks.
 */
@Stability(level = Stability.Level.STABLE, since = "1.0.0")
public final class PluginApi {

    /** The semantic version of the contract in this jar, such as {@code 1.0.0}. */
    public static final String VERSION = readVersion();

    private PluginApi() {
    }

    private static String readVersion() {
        try (InputStream in = PluginApi.class.getResourceAsStream("plugin-api.properties")) {
            if (in == null) {
                throw new IllegalStateException("plugin-api.properties is missing from the plugin-api jar");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
