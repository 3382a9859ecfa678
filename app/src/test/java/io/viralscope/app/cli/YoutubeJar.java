package io.viralscope.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Starts the built {@code viralscope.jar} as a real process, for tests that kill or signal it. */
final class YoutubeJar {

    private YoutubeJar() {
    }

    /** The jar built by {@code package}, named by failsafe's {@code viralscope.test.jar}. */
    static Path jar() {
        String jar = System.getProperty("viralscope.test.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("viralscope.test.jar is not set to the built jar; run this test with"
                    + " 'mvn verify' (failsafe)");
        }
        return Path.of(jar);
    }

    /** Starts {@code java -jar viralscope.jar ARGS} with its output in files under {@code dir}. */
    static Process start(Path dir, Map<String, String> env, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        pb.environment().remove("YOUTUBE_API_KEY");
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        pb.environment().putAll(env);
        return pb.start();
    }

    static String out(Path dir) throws IOException {
        return Files.readString(dir.resolve("out.txt"));
    }

    static String err(Path dir) throws IOException {
        return Files.readString(dir.resolve("err.txt"));
    }

    /** Waits until {@code condition} holds, failing after {@code timeout}. */
    static void await(Duration timeout, String what, BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }
}
