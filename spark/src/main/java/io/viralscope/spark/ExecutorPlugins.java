package io.viralscope.spark;

import io.viralscope.api.Detector;
import io.viralscope.app.plugins.LoadedDetector;
import io.viralscope.app.plugins.PluginHost;
import org.apache.spark.SparkFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The detector plugins of one executor JVM, loaded once through the app's {@link PluginHost} (PF4J, the same
 * checks and the same order as the CLI) and shared by its tasks, as the CLI's worker threads share them.
 */
final class ExecutorPlugins {

    private static final Map<String, List<Detector>> LOADED = new ConcurrentHashMap<>();

    private ExecutorPlugins() {
    }

    /** The detectors of the plugins folder {@code dir}, loaded on first use in this JVM. */
    static List<Detector> detectors(String dir) {
        return LOADED.computeIfAbsent(dir, d -> {
            // the host stays open for the JVM's life: its detectors are used until the executor ends
            PluginHost host = PluginHost.load(resolve(d));
            return host.detectors().stream().map(LoadedDetector::detector).toList();
        });
    }

    /**
     * The folder as given when this machine has it (a shared path, or the driver in local mode); else the copy
     * Spark shipped: a folder {@code --archives plugins.zip#NAME} unpacked under NAME, else the folder of files
     * shipped one by one with {@code --files}.
     */
    static Path resolve(String dir) {
        Path given = Path.of(dir);
        if (Files.isDirectory(given)) {
            return given;
        }
        Path shipped = Path.of(SparkFiles.get(given.getFileName().toString()));
        return Files.isDirectory(shipped) ? shipped : Path.of(SparkFiles.getRootDirectory());
    }
}
