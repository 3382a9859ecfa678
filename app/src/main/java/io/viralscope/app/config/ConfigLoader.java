package io.viralscope.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.viralscope.app.UserError;
import io.viralscope.app.store.StoreLocation;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that reads configuration. The shipped {@code viralscope.yaml} (bundled in the jar) defines both
 * the defaults and the set of known keys: a user file may only set keys it has (besides free-form
 * {@code detectors.*}), so a typo is refused with the key's name instead of being silently ignored.
 */
public final class ConfigLoader {

    static final String DEFAULTS_RESOURCE = "viralscope.yaml";
    // a key given twice is a mistake to report, not a value to pick silently
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION));

    private final Path home;

    /** A loader that resolves {@code ~} and the default locations against {@code home}. */
    public ConfigLoader(Path home) {
        this.home = home;
    }

    /**
     * Loads the configuration: {@code explicitFile} when given (it must exist), else {@code ./viralscope.yaml},
     * else {@code ~/.viralscope/viralscope.yaml}, else the built-in defaults.
     */
    public Settings load(Path explicitFile) {
        ObjectNode defaults = readDefaults();
        Path file = explicitFile != null ? explicitFile : firstExisting(Path.of("viralscope.yaml"),
                home.resolve(".viralscope").resolve("viralscope.yaml"));
        if (file == null) {
            return toSettings(defaults, "built-in defaults");
        }
        JsonNode user = readUserFile(file);
        rejectUnknownKeys(defaults, user, "", file);
        return toSettings(merge(defaults.deepCopy(), user), file.toString());
    }

    private static Path firstExisting(Path... candidates) {
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    private static ObjectNode readDefaults() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in viralscope.yaml is missing from the jar");
            }
            return (ObjectNode) YAML.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("the built-in viralscope.yaml cannot be read", e);
        }
    }

    private static JsonNode readUserFile(Path file) {
        try {
            JsonNode node = YAML.readTree(Files.readString(file));
            if (node == null || node.isMissingNode() || node.isNull()) {
                return YAML.createObjectNode();
            }
            if (!node.isObject()) {
                throw UserError.badInput("Configuration file " + file
                        + " must hold keys such as 'store:' at the top level; see config/viralscope.yaml.");
            }
            return node;
        } catch (NoSuchFileException e) {
            throw UserError.badInput("Configuration file " + file + " does not exist; check the --config path.");
        } catch (IOException e) {
            String where = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                    && j.getLocation().getLineNr() > 0 ? " (line " + j.getLocation().getLineNr() + ")" : "";
            throw UserError.badInput("Configuration file " + file + " is not valid YAML" + where + ": "
                    + firstLine(((e instanceof com.fasterxml.jackson.core.JsonProcessingException j2)
                    ? j2.getOriginalMessage() : e.getMessage())) + ".");
        }
    }

    private static void rejectUnknownKeys(JsonNode known, JsonNode user, String prefix, Path file) {
        for (Iterator<Map.Entry<String, JsonNode>> it = user.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = prefix + e.getKey();
            if (key.equals("detectors")) {
                if (!e.getValue().isObject() && !e.getValue().isNull()) {
                    throw invalid(file, key, e.getValue(), "a map of detector ids to their settings");
                }
                continue;
            }
            JsonNode k = known.get(e.getKey());
            if (k == null) {
                throw UserError.badInput("Unknown configuration key '" + key + "' in " + file
                        + "; see config/viralscope.yaml for the keys Viralscope understands.");
            }
            if (k.isObject()) {
                if (!e.getValue().isObject()) {
                    throw invalid(file, key, e.getValue(), "a section of keys");
                }
                rejectUnknownKeys(k, e.getValue(), key + ".", file);
            }
        }
    }

    private static ObjectNode merge(ObjectNode base, JsonNode overlay) {
        overlay.fields().forEachRemaining(e -> {
            JsonNode b = base.get(e.getKey());
            if (b instanceof ObjectNode bo && e.getValue().isObject()) {
                merge(bo, e.getValue());
            } else {
                base.set(e.getKey(), e.getValue());
            }
        });
        return base;
    }

    private Settings toSettings(JsonNode root, String source) {
        Reader r = new Reader(root, source);
        StoreLocation db = r.store("store.path");
        String pluginsDir = r.text("plugins.dir");
        Duration timeout = r.duration("analysis.detector-timeout", Duration.ofMillis(1), Duration.ofHours(1));
        int threads = r.integer("analysis.threads", 0, 256);
        int cacheSize = r.integer("analysis.cache-size", 0, 10_000_000);
        return new Settings(source, db, pluginsDir.isBlank() ? null : expand(pluginsDir),
                new Settings.Analysis(timeout, threads == 0 ? Runtime.getRuntime().availableProcessors() : threads,
                        cacheSize),
                youtube(r), alerts(r), detectors(root.get("detectors"), source), ownerAnalytics(r));
    }

    private Settings.OwnerAnalytics ownerAnalytics(Reader r) {
        String clientFile = r.text("youtube.oauth-client-file");
        return new Settings.OwnerAnalytics(r.url("youtube.analytics-root", "https://youtubeanalytics.googleapis.com/"),
                r.url("youtube.oauth-token-url", "https://oauth2.googleapis.com/token").replaceAll("/$", ""),
                clientFile.isBlank() ? null : expand(clientFile));
    }

    private Settings.Alerts alerts(Reader r) {
        String webhook = r.text("alerts.webhook-url");
        int retries = r.integer("alerts.webhook-retries", 0, 10);
        if (!webhook.isBlank()) {
            // checks it is an http(s) URL; the path is used exactly as written
            r.url("alerts.webhook-url", "https://hooks.example.com/viralscope");
        }
        return new Settings.Alerts(webhook.isBlank() ? null : java.net.URI.create(webhook.trim()), retries);
    }

    private Settings.YouTube youtube(Reader r) {
        String rootUrl = r.url("youtube.root-url", "https://www.googleapis.com/");
        String keyFile = r.text("youtube.key-file");
        int quota = r.integer("youtube.daily-quota", 1, 100_000_000);
        Duration minInterval = r.duration("youtube.min-poll-interval", Duration.ZERO, Duration.ofDays(30));
        Duration requestTimeout = r.duration("youtube.request-timeout", Duration.ofMillis(10), Duration.ofMinutes(10));
        int parallel = r.integer("youtube.parallel-requests", 1, 16);
        Settings.Retry retry = new Settings.Retry(r.integer("youtube.retry.attempts", 1, 100),
                r.duration("youtube.retry.first-backoff", Duration.ZERO, Duration.ofHours(1)),
                r.duration("youtube.retry.rate-limit-backoff", Duration.ZERO, Duration.ofHours(1)),
                r.duration("youtube.retry.max-backoff", Duration.ZERO, Duration.ofHours(6)));
        Duration watchEvery = r.duration("youtube.watch-every", Duration.ofSeconds(1), Duration.ofDays(7));
        int retentionDays = r.integer("youtube.retention-days", 1, 36_500);
        String basis = r.text("youtube.retention-basis").trim();
        if (retentionDays > 30 && basis.isEmpty()) {
            throw UserError.badInput("Configuration key 'youtube.retention-days' in " + r.source + " is "
                    + retentionDays + ", but YouTube's developer policies allow keeping API-key data 30 days;"
                    + " lower it to 30 or state the basis for keeping it longer in youtube.retention-basis.");
        }
        return new Settings.YouTube(rootUrl, keyFile.isBlank() ? null : expand(keyFile), quota, minInterval,
                requestTimeout, parallel, retry, watchEvery, retentionDays, basis);
    }

    private static Map<String, Map<String, Object>> detectors(JsonNode node, String source) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        node.fields().forEachRemaining(e -> {
            if (!e.getValue().isObject()) {
                throw UserError.badInput("Configuration key 'detectors." + e.getKey() + "' in " + source
                        + " must be a section of that detector's settings.");
            }
            Map<String, Object> values = new LinkedHashMap<>();
            e.getValue().fields().forEachRemaining(s -> {
                JsonNode v = s.getValue();
                if (v.isArray() && allScalars(v)) {
                    // a YAML list such as [7, 30] means the comma-separated text "7,30" detectors read
                    List<String> items = new ArrayList<>();
                    v.forEach(item -> items.add(item.asText()));
                    values.put(s.getKey(), String.join(",", items));
                } else if (v.isContainerNode()) {
                    throw UserError.badInput("Configuration key 'detectors." + e.getKey() + "." + s.getKey()
                            + "' in " + source + " must be a number, true/false, text or a list of those.");
                } else {
                    values.put(s.getKey(), v.isNumber() ? v.numberValue() : v.isBoolean() ? v.booleanValue()
                            : v.asText());
                }
            });
            out.put(e.getKey(), values);
        });
        return out;
    }

    private static boolean allScalars(JsonNode array) {
        for (JsonNode item : array) {
            if (item.isContainerNode()) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code text} as a base URL ending in {@code /}, when it is an absolute http(s) URL with a host; the one check
     * behind {@code youtube.root-url}, {@code alerts.webhook-url} and {@code --api-root}.
     */
    public static java.util.Optional<String> httpBaseUrl(String text) {
        try {
            URI u = new URI(text);
            if (u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https"))
                    || u.getHost() == null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(text.endsWith("/") ? text : text + "/");
        } catch (java.net.URISyntaxException e) {
            return java.util.Optional.empty();
        }
    }

    /** Expands a leading {@code ~} to the home directory. */
    public Path expand(String path) {
        if (path.equals("~")) {
            return home;
        }
        if (path.startsWith("~/")) {
            return home.resolve(path.substring(2));
        }
        return Path.of(path);
    }

    private static UserError invalid(Object source, String key, Object value, String expected) {
        Object shown = value instanceof JsonNode n && n.isValueNode() ? n.asText() : value;
        return UserError.badInput("Configuration key '" + key + "' in " + source + " is '" + shown
                + "' but must be " + expected + ".");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    /** Typed reads of dotted keys, each failing with a sentence that names the key. */
    private final class Reader {
        private final JsonNode root;
        private final String source;

        Reader(JsonNode root, String source) {
            this.root = root;
            this.source = source;
        }

        JsonNode node(String key) {
            JsonNode n = root;
            for (String part : key.split("\\.")) {
                n = n == null ? null : n.get(part);
            }
            return n;
        }

        String text(String key) {
            JsonNode n = node(key);
            if (n == null || n.isNull()) {
                return "";
            }
            if (!n.isValueNode()) {
                throw invalid(source, key, n, "a single value");
            }
            return n.asText();
        }

        /** A store: a file path, or a PostgreSQL JDBC URL (which a path would mangle: it folds "//"). */
        StoreLocation store(String key) {
            String t = text(key);
            if (t.isBlank()) {
                throw invalid(source, key, t, "a file path or a jdbc:postgresql:// URL");
            }
            return StoreLocation.parse(t, ConfigLoader.this::expand);
        }

        Path path(String key) {
            String t = text(key);
            if (t.isBlank()) {
                throw invalid(source, key, t, "a file path");
            }
            return expand(t);
        }

        /** A whole number, written plain ({@code 4}) or quoted ({@code "4"}), as YAML editors often quote. */
        int integer(String key, int min, int max) {
            JsonNode n = node(key);
            Long v = n == null ? null : n.isIntegralNumber() && n.canConvertToLong() ? Long.valueOf(n.longValue())
                    : n.isTextual() ? wholeNumber(n.asText().trim()) : null;
            if (v == null || v < min || v > max) {
                throw invalid(source, key, n, "a whole number from " + min + " to " + max);
            }
            return v.intValue();
        }

        private static Long wholeNumber(String text) {
            if (!text.matches("[+-]?\\d{1,18}")) {
                return null;
            }
            return Long.parseLong(text);
        }

        Duration duration(String key, Duration min, Duration max) {
            String t = text(key);
            try {
                Duration d = DurationText.parse(t);
                if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
                    throw invalid(source, key, t, "a duration from " + DurationText.format(min) + " to "
                            + DurationText.format(max));
                }
                return d;
            } catch (IllegalArgumentException e) {
                throw invalid(source, key, t, "a duration such as 30s, 15m, 6h or 1d");
            }
        }

        String url(String key, String example) {
            String t = text(key);
            return httpBaseUrl(t).orElseThrow(() -> invalid(source, key, t, "an http(s) URL such as " + example));
        }
    }
}
