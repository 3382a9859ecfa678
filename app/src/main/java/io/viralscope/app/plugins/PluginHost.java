package io.viralscope.app.plugins;

import io.viralscope.api.CohortDetector;
import io.viralscope.api.Detector;
import io.viralscope.api.PluginApi;
import io.viralscope.app.UserError;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads detector plugins from a directory through PF4J and says what became of each one. The host's only
 * view of a plugin is its extension points, {@link Detector} and {@link CohortDetector}: it never sees a plugin's
 * own classes.
 *
 * <p>PF4J reports a plugin STARTED even when its extensions could not be found (for example when the jar bundles
 * the plugin API): such a plugin is reported here as contributing no detector, not silently accepted.
 */
public final class PluginHost implements AutoCloseable {

    private final PluginManager manager;
    private final List<LoadedDetector> detectors;
    private final List<LoadedCohortDetector> cohortDetectors;
    private final List<PluginStatus> statuses;

    private PluginHost(PluginManager manager, List<LoadedDetector> detectors,
                       List<LoadedCohortDetector> cohortDetectors, List<PluginStatus> statuses) {
        this.manager = manager;
        this.detectors = detectors;
        this.cohortDetectors = cohortDetectors;
        this.statuses = statuses;
    }

    /**
     * Loads and starts every plugin in {@code dir}.
     *
     * @throws UserError when {@code dir} is not a directory
     */
    public static PluginHost load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw UserError.badInput("Plugins directory " + dir + " does not exist; pass --plugins-dir DIR or set"
                    + " plugins.dir in the configuration to the folder holding the detector jars.");
        }
        Map<Path, String> loadFailures = new LinkedHashMap<>();
        PluginManager manager = new DefaultPluginManager(dir.toAbsolutePath()) {
            @Override
            protected PluginWrapper loadPluginFromPath(Path pluginPath) {
                try {
                    return super.loadPluginFromPath(pluginPath);
                } catch (RuntimeException e) {
                    loadFailures.put(pluginPath, sameIdAs(pluginPath).orElseGet(() -> rootMessage(e)));
                    throw e;
                }
            }

            /** Why a plugin failed when another one already holds its id: read from its descriptor, not PF4J's text. */
            private java.util.Optional<String> sameIdAs(Path pluginPath) {
                try {
                    PluginWrapper other = getPlugin(getPluginDescriptorFinder().find(pluginPath).getPluginId());
                    if (other != null && !other.getPluginPath().equals(pluginPath)) {
                        return java.util.Optional.of("plugin id '" + other.getPluginId() + "' is already used by "
                                + other.getPluginPath() + "; remove one of them");
                    }
                } catch (RuntimeException unreadable) {
                    // no readable descriptor: the root cause says more
                }
                return java.util.Optional.empty();
            }
        };
        manager.setSystemVersion(PluginApi.VERSION);
        manager.loadPlugins();
        manager.startPlugins();

        List<LoadedDetector> detectors = new ArrayList<>();
        List<LoadedCohortDetector> cohortDetectors = new ArrayList<>();
        List<PluginStatus> statuses = new ArrayList<>();
        Map<String, String> detectorOwner = new HashMap<>();
        List<PluginWrapper> plugins = new ArrayList<>(manager.getPlugins());
        plugins.sort(Comparator.comparing(PluginWrapper::getPluginId));
        for (PluginWrapper p : plugins) {
            String requires = p.getDescriptor().getRequires();
            String reason = "";
            List<String> ids = new ArrayList<>();
            if (p.getPluginState() == PluginState.STARTED) {
                List<Detector> found;
                List<CohortDetector> cohort;
                try {
                    found = manager.getExtensions(Detector.class, p.getPluginId());
                    cohort = manager.getExtensions(CohortDetector.class, p.getPluginId());
                } catch (RuntimeException | LinkageError e) {
                    found = List.of();
                    cohort = List.of();
                    reason = "its detectors could not be created: " + rootMessage(e);
                }
                // one id space for both kinds: an id names one detector in reports and in detectors.<id> settings
                for (CohortDetector c : cohort) {
                    String id = safeId(c);
                    String taken = claim(detectorOwner, id, p.getPluginId());
                    if (taken != null) {
                        reason = taken;
                    } else {
                        ids.add(id);
                        cohortDetectors.add(new LoadedCohortDetector(c, p.getPluginId(),
                                p.getDescriptor().getVersion()));
                    }
                }
                for (Detector d : found) {
                    String id = safeId(d);
                    String taken = claim(detectorOwner, id, p.getPluginId());
                    if (taken != null) {
                        reason = taken;
                    } else {
                        ids.add(id);
                        detectors.add(new LoadedDetector(d, p.getPluginId(), p.getDescriptor().getVersion()));
                    }
                }
                if (found.isEmpty() && cohort.isEmpty() && reason.isEmpty()) {
                    reason = "it contributes no detector: no @Extension implementing Detector was found"
                            + " (is META-INF/extensions.idx in the jar, and is plugin-api 'provided', not bundled?)";
                }
            } else {
                reason = notStartedReason(manager, p);
            }
            statuses.add(new PluginStatus(p.getPluginId(), p.getDescriptor().getVersion(),
                    requires == null ? "" : requires, p.getPluginPath(),
                    p.getPluginState().toString().toLowerCase(), reason, List.copyOf(ids)));
        }
        loadFailures.forEach((path, why) -> statuses.add(new PluginStatus(path.getFileName().toString(), "", "",
                path, "not loaded", "it could not be loaded: " + why, List.of())));
        detectors.sort(Comparator.comparing(d -> safeId(d.detector())));
        cohortDetectors.sort(Comparator.comparing(d -> safeId(d.detector())));
        return new PluginHost(manager, List.copyOf(detectors), List.copyOf(cohortDetectors), List.copyOf(statuses));
    }

    /** Claims {@code id} for the plugin: null, or why not when another plugin already provides that id. */
    private static String claim(Map<String, String> owners, String id, String pluginId) {
        String owner = owners.putIfAbsent(id, pluginId);
        return owner == null ? null
                : "detector id '" + id + "' is already provided by plugin '" + owner + "'; ids must be unique";
    }

    private static String notStartedReason(PluginManager manager, PluginWrapper p) {
        String requires = p.getDescriptor().getRequires();
        if (requires != null && !requires.isBlank() && !requires.equals("*")
                && !manager.getVersionManager().checkVersionConstraint(PluginApi.VERSION, requires)) {
            return "it requires plugin API " + requires + " but this Viralscope provides " + PluginApi.VERSION
                    + "; use a plugin version built for API " + PluginApi.VERSION;
        }
        if (p.getFailedException() != null) {
            return "it failed to start: " + rootMessage(p.getFailedException());
        }
        return "it is " + p.getPluginState().toString().toLowerCase();
    }

    private static String safeId(Detector d) {
        try {
            return d.id();
        } catch (RuntimeException e) {
            return d.getClass().getName();
        }
    }

    private static String safeId(CohortDetector d) {
        try {
            return d.id();
        } catch (RuntimeException e) {
            return d.getClass().getName();
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        if (m != null && m.contains("\n")) {
            m = m.substring(0, m.indexOf('\n'));
        }
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    /** The detectors in use, sorted by id. */
    public List<LoadedDetector> detectors() {
        return detectors;
    }

    /** The cohort detectors in use (findings across the selected videos), sorted by id. */
    public List<LoadedCohortDetector> cohortDetectors() {
        return cohortDetectors;
    }

    /** What became of every plugin found, including those not in use and why. */
    public List<PluginStatus> statuses() {
        return statuses;
    }

    /** Plugins not in use, with the reason, as sentences for the user. */
    public List<String> problems() {
        return statuses.stream().filter(s -> !s.inUse())
                .map(s -> "Plugin '" + s.pluginId() + "' is skipped: " + s.reason() + ".").toList();
    }

    @Override
    public void close() {
        manager.stopPlugins();
        manager.unloadPlugins();
    }
}
