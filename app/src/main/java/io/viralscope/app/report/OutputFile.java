package io.viralscope.app.report;

import io.viralscope.app.UserError;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;

/**
 * Writes a report to the path given with {@code --out}. A regular file is never left half-written: the report
 * goes to a temporary file beside it, renamed over it when complete (leftovers of killed earlier runs are
 * removed first). A character device, a FIFO or an open descriptor such as {@code /dev/stdout} is written into
 * directly: renaming over it would replace the device or the link. See {@link OutputTarget} for links.
 */
public final class OutputFile {

    /** Writes the content to a writer it does not close. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes the content, as bytes, to a stream it does not close. */
    @FunctionalInterface
    public interface Bytes {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    private OutputFile() {
    }

    /**
     * Writes {@code content} to {@code out}.
     *
     * @param clock the one clock, for the age of leftover temporary files
     * @throws UserError (exit 2) naming the path when it cannot be written
     */
    public static void write(Path out, Clock clock, Content content) {
        writeBytes(out, clock, os -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
            content.writeTo(w);
            w.flush();
        });
    }

    /** As {@link #write}, for content that is bytes already (a kept report: copied, not decoded and encoded). */
    public static void writeBytes(Path out, Clock clock, Bytes content) {
        Path abs = out.toAbsolutePath();
        try {
            OutputTarget target = OutputTarget.of(abs);
            if (target.kind() == OutputTarget.Kind.WRITE_INTO) {
                writeInto(target.path(), content);
            } else {
                replace(target.path(), clock, content);
            }
        } catch (IOException e) {
            throw UserError.badInput("Cannot write the report to " + abs + ": " + reason(e, abs)
                    + "; choose another --out path.");
        }
    }

    /**
     * Why writing failed, in words: Java's file exceptions carry only a path as their message ("/tmp/x"), and the
     * path may be the hidden temporary file, which means nothing to a person: its folder is named instead.
     */
    static String reason(IOException e, Path target) {
        // Linux's ENOSPC reaches Java as a bare IOException with the C library's words
        if (String.valueOf(e.getMessage()).contains("No space left on device")) {
            return "the disk is full (" + (target.getParent() == null ? target : target.getParent())
                    + "); the report there before, if any, is left as it was";
        }
        if (!(e instanceof FileSystemException f) || f.getFile() == null) {
            return String.valueOf(e.getMessage());
        }
        Path file = Path.of(f.getFile());
        boolean temporary = target.getParent() != null && target.getParent().equals(file.getParent())
                && file.getFileName().toString().startsWith("." + target.getFileName() + ".")
                && file.getFileName().toString().endsWith(".tmp");
        String where = " (" + (temporary ? target.getParent() : file) + ")";
        if (e instanceof AccessDeniedException) {
            return "permission denied" + where;
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder" + where;
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file stands where a folder is needed" + where;
        }
        String why = f.getReason();
        return why == null || why.isBlank() ? "cannot write" + where
                : Character.toLowerCase(why.charAt(0)) + why.substring(1) + where;
    }

    /** Opens without creating, so a device that vanished is an error rather than a new regular file. */
    private static void writeInto(Path path, Bytes content) throws IOException {
        // APPEND: a shell's '>>' behind /dev/stdout keeps what it holds; devices and FIFOs ignore it
        try (java.io.OutputStream os = Files.newOutputStream(path, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            content.writeTo(os);
        }
    }

    private static void replace(Path target, Clock clock, Bytes content) throws IOException {
        Files.createDirectories(target.getParent());
        TempFiles.removeStale(target, clock);
        Path tmp = TempFiles.create(target);
        try {
            try (java.io.OutputStream os = Files.newOutputStream(tmp)) {
                content.writeTo(os);
            }
            shareable(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // best effort: the next write of this target removes it
            }
        }
    }

    /** Temporary files are private to their owner; a report is meant to be shared like any file (rw-r--r--). */
    private static void shareable(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
