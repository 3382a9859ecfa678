package io.viralscope.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A command that runs out of Java heap: exit 4 and one sentence naming -Xmx, no stack trace. */
class MainOutOfMemoryTest {

    @TempDir
    Path home;

    @Test
    void runningOutOfMemoryIsOneSentenceNamingXmxWithTheInternalErrorCode() {
        // the heap runs out while the command works; here, when it prints its first line
        OutputStream exhausted = new OutputStream() {
            @Override
            public void write(int b) {
                throw new OutOfMemoryError("Java heap space");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext ctx = new CliContext(new PrintStream(exhausted, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), home, false,
                Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));

        int exit = Main.run(ctx, "plugins", "--plugins-dir", home.toString());

        assertThat(exit).isEqualTo(4);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("Viralscope ran out of memory; give Java more"
                + " with -Xmx, such as java -Xmx4g -jar viralscope.jar followed by the same command.\n");
    }

    @Test
    void runningOutOfMemoryInAWorkerThreadIsTheSameSentence() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext ctx = new CliContext(System.out, new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(),
                home, false, Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));

        // what a pool hands back when a task ran out of heap, as the report's analysis wraps it
        int exit = Main.handle(new IllegalStateException("analysis failed",
                new java.util.concurrent.ExecutionException(new OutOfMemoryError("Java heap space"))), ctx);

        assertThat(exit).isEqualTo(4);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("Viralscope ran out of memory; give Java more"
                + " with -Xmx, such as java -Xmx4g -jar viralscope.jar followed by the same command.\n");
    }
}
