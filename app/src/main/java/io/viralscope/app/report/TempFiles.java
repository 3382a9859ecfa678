package io.viralscope.app.report;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden temporary files a report is written to before it replaces its target: {@code .NAME.PID-RANDOM.tmp}
 * beside the target, named after the writing process so that a later run can tell a killed writer's leftover
 * from a file another report is still writing.
 */
final class TempFiles {

    /**
     * A leftover of a process that no longer runs here is removed once untouched this long: a writer in another
     * process namespace sharing the folder (its pid means nothing here) writes every few milliseconds.
     */
    static final Duration DEAD_WRITER_GRACE = Duration.ofMinutes(1);
    /** Any temporary file of the target untouched this long is a leftover, whatever its pid now names. */
    static final Duration ABANDONED_AFTER = Duration.ofHours(24);

    private TempFiles() {
    }

    /** A new, empty temporary file beside {@code target}, owned by this process. */
    static Path create(Path target) throws IOException {
        return Files.createTempFile(target.getParent(), "." + target.getFileName() + "." + ProcessHandle.current()
                .pid() + "-", ".tmp");
    }

    /**
     * Removes leftovers of earlier writes of {@code target}: temporary files of a process that is gone, and any
     * abandoned for {@link #ABANDONED_AFTER}. Also the {@code .NAMEdigits.tmp} files of versions before the pid
     * was in the name, by age alone. Best effort: a file that cannot be removed stays.
     *
     * @return how many were removed
     */
    static int removeStale(Path target, Clock clock) {
        String name = Pattern.quote(target.getFileName().toString());
        Pattern current = Pattern.compile("\\." + name + "\\.(\\d{1,19})-\\d+\\.tmp");
        Pattern older = Pattern.compile("\\." + name + "\\d{1,20}\\.tmp");
        Instant now = clock.instant();
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(target.getParent(),
                f -> f.getFileName().toString().startsWith("." + target.getFileName()))) {
            for (Path file : files) {
                String fileName = file.getFileName().toString();
                Matcher m = current.matcher(fileName);
                boolean ours = m.matches();
                if (!ours && !older.matcher(fileName).matches()) {
                    continue;
                }
                Duration untouched = Duration.between(lastModified(file), now);
                boolean stale = untouched.compareTo(ABANDONED_AFTER) > 0
                        || ours && !running(m.group(1)) && untouched.compareTo(DEAD_WRITER_GRACE) > 0;
                if (stale && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort: a leftover is hidden and harmless, and must never stop the report being written
        }
        return removed;
    }

    private static Instant lastModified(Path file) throws IOException {
        try {
            return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant();
        } catch (NoSuchFileException e) {
            return Instant.MAX; // gone meanwhile: never stale
        }
    }

    private static boolean running(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true; // not a pid this machine can have: leave it to the age rule
        }
    }
}
