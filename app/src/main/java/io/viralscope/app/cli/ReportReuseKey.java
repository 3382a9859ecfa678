package io.viralscope.app.cli;

import io.viralscope.app.config.Settings;
import io.viralscope.app.report.ReportReuse;
import io.viralscope.app.store.DataGeneration;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Everything a report's bytes rest on, as the key under which {@link ReportReuse} keeps it: the store's identity
 * and data generation; the code (the jar, or every class file of a development build); every file in the plugins
 * folder (name, size, time); the settings that reach detectors, verdicts and breakouts; and the report's options.
 * Nothing here needs the plugins loaded or a video read, which is what makes handing a kept report back cheap.
 */
final class ReportReuseKey {

    private ReportReuseKey() {
    }

    /**
     * @param options the report's options, each as written (format, curves, details, videos, window)
     */
    static Optional<String> of(DataGeneration data, Settings settings, Path pluginsDir, List<String> options) {
        try {
            return Optional.of(key(data, settings, pluginsDir, options));
        } catch (Unknown e) {
            // what the report rests on cannot be told: it is made anew
            return Optional.empty();
        }
    }

    private static String key(DataGeneration data, Settings settings, Path pluginsDir, List<String> options) {
        List<String> parts = new ArrayList<>();
        parts.add("store " + data.identity() + " " + data.generation());
        parts.add("code " + code());
        parts.add("plugins " + files(pluginsDir));
        parts.add("timeout " + settings.analysis().detectorTimeout());
        parts.add("alerts " + settings.alerts());
        parts.add("detectors " + canonical(settings.detectors()));
        parts.addAll(options);
        return ReportReuse.key(parts);
    }

    /** The running code: its jar's name, size and time, or every class file's of a development build. */
    static String code() {
        try {
            Path location = Path.of(ReportReuseKey.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return files(location);
        } catch (URISyntaxException | RuntimeException e) {
            throw new Unknown();
        }
    }

    /** A file's name, size and time; or those of every file under a folder, in name order. */
    static String files(Path path) {
        if (path == null || !Files.exists(path)) {
            return "none";
        }
        try (Stream<Path> all = Files.isDirectory(path) ? Files.walk(path) : Stream.of(path)) {
            StringBuilder out = new StringBuilder();
            for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
                out.append(p.getFileName()).append(' ').append(Files.size(p)).append(' ')
                        .append(Files.getLastModifiedTime(p).toMillis()).append(';');
            }
            return out.toString();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new Unknown();
        }
    }

    /** Thrown when a part of the key cannot be read. */
    private static final class Unknown extends RuntimeException {
        Unknown() {
            super(null, null, false, false);
        }
    }

    /** Maps in key order, at every depth, so equal settings always read the same. */
    static String canonical(Object value) {
        if (value instanceof Map<?, ?> map) {
            TreeMap<String, String> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), canonical(v)));
            return sorted.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ReportReuseKey::canonical).toList().toString();
        }
        return String.valueOf(value);
    }
}
