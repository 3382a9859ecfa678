package io.viralscope.app.plugins;

import java.nio.file.Path;
import java.util.List;

/**
 * What happened to one plugin file, for {@code viralscope plugins --verbose}.
 *
 * @param pluginId  plugin id, or the file name when the descriptor could not be read
 * @param version   plugin version, or empty
 * @param requires  the plugin API range it requires, or empty
 * @param path      the plugin file or directory
 * @param state     {@code started}, {@code disabled}, {@code failed}, or {@code not loaded}
 * @param reason    why it is not in use, or empty when it is
 * @param detectors ids of the detectors it contributes
 */
public record PluginStatus(String pluginId, String version, String requires, Path path, String state,
                           String reason, List<String> detectors) {

    /** True when the plugin runs and contributes at least one detector. */
    public boolean inUse() {
        return reason.isEmpty();
    }
}
