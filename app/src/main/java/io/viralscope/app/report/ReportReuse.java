package io.viralscope.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.viralscope.app.alert.Breakout;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Keeps the last reports written, each under a key that covers everything its bytes rest on (the store's identity
 * and data generation, the code, the plugin files, the settings and the report's options), so that the same report
 * asked for again over unchanged data is handed back as written: no video is read, no detection parsed. A report
 * whose key differs in anything is made anew. Reuse is only ever an optimisation: a copy that cannot be written
 * (a full disk, a read-only folder) is dropped and the report itself is unaffected.
 */
public final class ReportReuse {

    /** Reports kept; the oldest beyond this are deleted when a new one is kept. */
    static final int KEPT = 8;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BODY = ".report";
    private static final String META = ".meta.json";

    private final Path dir;

    /** Reuse kept in {@code dir} (created when the first report is kept). */
    public ReportReuse(Path dir) {
        this.dir = dir;
    }

    /** The key of a report: a SHA-256 over its parts, each length-prefixed so no two lists of parts collide. */
    public static String key(List<String> parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * What a kept report said besides its bytes: what the command prints when it hands the report back.
     *
     * @param writtenAt when the report was made
     * @param videos    videos in it
     * @param detectors detectors in it
     * @param problems  the notes the command printed (plugin problems, unread settings)
     * @param breakouts the breakouts it announced
     */
    public record Summary(Instant writtenAt, int videos, int detectors, List<String> problems,
                          List<Breakout> breakouts) {
        public Summary {
            problems = List.copyOf(problems);
            breakouts = List.copyOf(breakouts);
        }
    }

    /** A kept report: its bytes (UTF-8) and its summary. */
    public record Kept(Path body, Summary summary) {

        /** Copies the report's bytes to {@code out}. */
        public void copyTo(java.io.OutputStream out) throws IOException {
            Files.copy(body, out);
        }
    }

    /** The report kept under {@code key}, if any and whole. */
    public Optional<Kept> find(String key) {
        Path meta = dir.resolve(key + META);
        Path body = dir.resolve(key + BODY);
        if (!Files.isRegularFile(meta) || !Files.isRegularFile(body)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Kept(body, summary(JSON.readTree(meta.toFile()))));
        } catch (IOException | RuntimeException e) {
            // unreadable or of another form: the report is made anew and kept again
            return Optional.empty();
        }
    }

    /** Starts keeping a copy of the report about to be written under {@code key}. */
    public Copy keep(String key) {
        return new Copy(key);
    }

    /**
     * A copy of a report being written: {@link #tee} the report's writer through it, then {@link #commit} once the
     * report is whole. Until then nothing is visible under the key; a copy never committed leaves nothing behind.
     */
    public final class Copy implements AutoCloseable {
        private final String key;
        private Path tmp;
        private Writer copy;
        private boolean broken;

        private Copy(String key) {
            this.key = key;
            try {
                Files.createDirectories(dir);
                tmp = Files.createTempFile(dir, "." + key, ".tmp");
                copy = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
            } catch (IOException e) {
                broken = true;
            }
        }

        /** A writer that writes to {@code out} and to the copy; a failing copy is dropped, {@code out} goes on. */
        public Writer tee(Writer out) {
            return new Writer() {
                @Override
                public void write(char[] buf, int off, int len) throws IOException {
                    out.write(buf, off, len);
                    copy(c -> c.write(buf, off, len));
                }

                @Override
                public void write(String s, int off, int len) throws IOException {
                    out.write(s, off, len);
                    copy(c -> c.write(s, off, len));
                }

                @Override
                public void flush() throws IOException {
                    out.flush();
                }

                @Override
                public void close() throws IOException {
                    out.close();
                }
            };
        }

        private void copy(CopyStep step) {
            if (broken) {
                return;
            }
            try {
                step.run(copy);
            } catch (IOException e) {
                broken = true;
            }
        }

        /** Makes the copy findable under its key, with its summary, and deletes the oldest kept reports. */
        public void commit(Summary summary) {
            if (broken) {
                return;
            }
            try {
                copy.close();
                Path metaTmp = Files.createTempFile(dir, "." + key, ".tmp");
                Files.writeString(metaTmp, JSON.writeValueAsString(json(summary)), StandardCharsets.UTF_8);
                Files.move(tmp, dir.resolve(key + BODY), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                // the summary last: find() sees a report only once both are in place
                Files.move(metaTmp, dir.resolve(key + META), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                tmp = null;
                deleteOldest();
            } catch (IOException | RuntimeException e) {
                broken = true;
            }
        }

        /** Deletes the temporary copy unless committed. */
        @Override
        public void close() {
            try {
                if (copy != null) {
                    copy.close();
                }
                if (tmp != null) {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException ignored) {
                // a leftover temporary file is removed with the oldest kept reports
            }
        }
    }

    @FunctionalInterface
    private interface CopyStep {
        void run(Writer copy) throws IOException;
    }

    private void deleteOldest() throws IOException {
        List<Path> metas;
        try (Stream<Path> files = Files.list(dir)) {
            metas = new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(META)).toList());
        }
        metas.sort(Comparator.comparing(ReportReuse::modified).reversed());
        for (Path meta : metas.subList(Math.min(KEPT, metas.size()), metas.size())) {
            String name = meta.getFileName().toString();
            Files.deleteIfExists(meta);
            Files.deleteIfExists(dir.resolve(name.substring(0, name.length() - META.length()) + BODY));
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return Long.MIN_VALUE;
        }
    }

    private static ObjectNode json(Summary s) {
        ObjectNode root = JSON.createObjectNode();
        root.put("written_at", s.writtenAt().toString());
        root.put("videos", s.videos());
        root.put("detectors", s.detectors());
        ArrayNode problems = root.putArray("problems");
        s.problems().forEach(problems::add);
        ArrayNode breakouts = root.putArray("breakouts");
        for (Breakout b : s.breakouts()) {
            ObjectNode o = breakouts.addObject();
            o.put("video_id", b.videoId());
            o.put("title", b.title());
            o.put("detected_at", b.detectedAt().toString());
            o.put("data_until", b.dataUntil().toString());
            ArrayNode reasons = o.putArray("reasons");
            b.reasons().forEach(reasons::add);
        }
        return root;
    }

    private static Summary summary(JsonNode root) {
        List<String> problems = new ArrayList<>();
        root.required("problems").forEach(p -> problems.add(p.asText()));
        List<Breakout> breakouts = new ArrayList<>();
        for (JsonNode b : root.required("breakouts")) {
            List<String> reasons = new ArrayList<>();
            b.required("reasons").forEach(r -> reasons.add(r.asText()));
            breakouts.add(new Breakout(b.required("video_id").asText(), b.required("title").asText(),
                    Instant.parse(b.required("detected_at").asText()), Instant.parse(b.required("data_until").asText()),
                    reasons));
        }
        return new Summary(Instant.parse(root.required("written_at").asText()), root.required("videos").asInt(),
                root.required("detectors").asInt(), problems, breakouts);
    }
}
