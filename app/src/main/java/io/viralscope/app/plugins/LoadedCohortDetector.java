package io.viralscope.app.plugins;

import io.viralscope.api.CohortDetector;

/**
 * A cohort detector found in a plugin.
 *
 * @param detector      the extension instance
 * @param pluginId      id of the plugin that provides it
 * @param pluginVersion version of that plugin
 */
public record LoadedCohortDetector(CohortDetector detector, String pluginId, String pluginVersion) {
}
