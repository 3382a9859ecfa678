package io.viralscope.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The built {@code viralscope.jar} run as a person runs it, in a folder of the test's that is also its home. */
final class JarInFolder {

    /** What the run printed, and how it ended. */
    record Result(int exit, String out, String err) {
    }

    private JarInFolder() {
    }

    /** Runs {@code java -jar viralscope.jar ARGS} in {@code cwd} and waits at most {@code limit} for it. */
    static Result run(Path cwd, Duration limit, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", YoutubeJar.jar().toAbsolutePath().toString()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile())
                .redirectOutput(cwd.resolve("out.txt").toFile()).redirectError(cwd.resolve("err.txt").toFile());
        pb.environment().put("HOME", cwd.toString());
        // Java takes user.home from the account, not HOME: kept reports go to the test's folder this way
        pb.environment().put("XDG_CACHE_HOME", cwd.resolve("cache").toString());
        Process p = pb.start();
        assertThat(p.waitFor(limit.toSeconds(), TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Result(p.exitValue(), Files.readString(cwd.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(cwd.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}
