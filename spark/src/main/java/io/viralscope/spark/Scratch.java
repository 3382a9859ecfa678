package io.viralscope.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A private temporary folder of one task, deleted with everything in it when the task is done with it. */
final class Scratch implements AutoCloseable {

    final Path dir;

    Scratch() {
        try {
            dir = Files.createTempDirectory("viralscope-spark-");
        } catch (IOException e) {
            throw new UncheckedIOException("no temporary folder for reading an input: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover in the temporary folder harms nothing
        }
    }
}
