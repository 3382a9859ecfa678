package io.viralscope.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs a command line in-process, as a user would, and keeps what it printed and its exit code. */
public final class YoutubeCli {

    /**
     * One run.
     *
     * @param exit the exit code
     * @param out  standard output
     * @param err  standard error
     */
    public record Result(int exit, String out, String err) {
        /** Output and error together, for checks that nothing leaks anywhere. */
        public String all() {
            return out + err;
        }
    }

    private YoutubeCli() {
    }

    /** A run of {@code leading} (options every run of a test shares, such as --db) followed by {@code args}. */
    public static Result run(Clock clock, Map<String, String> env, Path home, List<String> leading,
                             String... args) {
        List<String> all = new ArrayList<>(leading);
        all.addAll(List.of(args));
        return run(clock, env, home, all.toArray(String[]::new));
    }

    public static Result run(Clock clock, Map<String, String> env, Path home, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int exit = Main.run(new CliContext(o, e, env, home, false, clock), args);
            return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
