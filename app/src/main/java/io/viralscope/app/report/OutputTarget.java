package io.viralscope.app.report;

import io.viralscope.app.UserError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Pattern;

/**
 * Where and how an output path is written. A regular file (or a new one) is replaced atomically; a character
 * device such as {@code /dev/null}, a FIFO, or an already open descriptor ({@code /dev/stdout}, {@code /dev/fd/N})
 * is written into, never replaced. Symbolic links are followed on purpose: the file a link points to is
 * replaced and the link stays a link.
 *
 * @param kind how to write
 * @param path the path to write: for a link to a regular file, the file it points to
 */
record OutputTarget(Kind kind, Path path) {

    /** How a target is written. */
    enum Kind {
        /** A temporary file beside the target, renamed over it when complete. */
        REPLACE,
        /** Opened and written as it is: nothing may be renamed over a device, FIFO or open descriptor. */
        WRITE_INTO
    }

    /** Linux's limit on links followed in one path lookup, so a loop ends the same way it would for the shell. */
    private static final int MAX_LINKS = 40;
    /** The folder of a process's open descriptors, which {@code /dev/stdout} and {@code /dev/fd} lead to. */
    private static final Pattern OPEN_DESCRIPTORS = Pattern.compile("/proc/\\d+(/task/\\d+)?/fd");

    private static final int TYPE_MASK = 0170000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int FIFO = 0010000;

    /**
     * The target {@code out} (absolute) leads to.
     *
     * @throws UserError   (exit 2) when it is a folder, a block device or socket, or a loop of links
     * @throws IOException when its links or attributes cannot be read
     */
    static OutputTarget of(Path out) throws IOException {
        Path path = out;
        for (int hops = 0; Files.isSymbolicLink(path); hops++) {
            if (hops == MAX_LINKS) {
                throw refused(out, "its symbolic links form a loop");
            }
            Path folder = realOrAsGiven(path.getParent());
            if (OPEN_DESCRIPTORS.matcher(folder.toString()).matches()) {
                return new OutputTarget(Kind.WRITE_INTO, path); // the link text ("pipe:[…]") is no path
            }
            path = folder.resolve(Files.readSymbolicLink(path));
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return new OutputTarget(Kind.REPLACE, path);
        }
        if (attributes.isRegularFile()) {
            return new OutputTarget(Kind.REPLACE, path);
        }
        if (attributes.isDirectory()) {
            throw refused(out, "it is a folder");
        }
        int type = fileType(path);
        if (type == CHARACTER_DEVICE || type == FIFO) {
            return new OutputTarget(Kind.WRITE_INTO, path);
        }
        throw refused(out, "it is neither a file, a character device such as /dev/null nor a FIFO");
    }

    /** The file type bits of {@code path}, or -1 where the file system does not tell them. */
    private static int fileType(Path path) throws IOException {
        if (!path.getFileSystem().supportedFileAttributeViews().contains("unix")) {
            return -1;
        }
        return (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & TYPE_MASK;
    }

    /** A link's folder without links of its own, so the link text resolves as the kernel resolves it. */
    private static Path realOrAsGiven(Path folder) throws IOException {
        try {
            return folder.toRealPath();
        } catch (NoSuchFileException e) {
            return folder; // a dangling link into a missing folder: that folder is created when writing
        }
    }

    private static UserError refused(Path out, String why) {
        return UserError.badInput("Cannot write the report to " + out + ": " + why + "; choose another --out path.");
    }
}
