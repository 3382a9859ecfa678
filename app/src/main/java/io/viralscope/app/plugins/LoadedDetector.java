package io.viralscope.app.plugins;

import io.viralscope.api.Detector;

/**
 * A detector found in a plugin.
 *
 * @param detector      the extension instance
 * @param pluginId      id of the plugin that provides it
 * @param pluginVersion version of that plugin
 */
public record LoadedDetector(Detector detector, String pluginId, String pluginVersion) {
}
