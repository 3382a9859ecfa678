package io.viralscope.app.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.viralscope.app.Json;
import io.viralscope.app.UserError;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The one place a refresh token is kept: {@code ~/.viralscope/youtube-oauth.json}, readable and writable by the
 * user alone (0600, in a folder made 0700). A file that group or others may read is refused rather than used: the
 * token gives read access to the channel's analytics to whoever holds it. Written to a private temporary file and
 * moved over the old one, so a crash never leaves a half-written or briefly world-readable file.
 */
public final class SignInFile {

    static final String NAME = "youtube-oauth.json";
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);

    private final Path file;

    public SignInFile(Path file) {
        this.file = file;
    }

    /** The file in the user's Viralscope folder, {@code ~/.viralscope}. */
    public static SignInFile inHome(Path home) {
        return new SignInFile(home.resolve(".viralscope").resolve(NAME));
    }

    public Path path() {
        return file;
    }

    /**
     * The saved sign-in, if any.
     *
     * @throws UserError exit 2 when others can read the file, or it is not one Viralscope wrote
     */
    public Optional<SignIn> read() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        refuseShared();
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw notOurs();
        }
        String token = root == null ? "" : root.path("refresh_token").asText("");
        if (token.isEmpty()) {
            throw notOurs();
        }
        return Optional.of(new SignIn(token, root.path("channel_id").asText(""),
                root.path("channel_title").asText(""), instant(root, "signed_in_at"), instant(root, "refreshed_at")));
    }

    /** Saves {@code signIn}, replacing any earlier one, readable by the user alone. */
    public void write(SignIn signIn) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("refresh_token", signIn.refreshToken());
        root.put("channel_id", signIn.channelId());
        root.put("channel_title", signIn.channelTitle());
        root.put("signed_in_at", signIn.signedInAt() == null ? null : signIn.signedInAt().toString());
        root.put("refreshed_at", signIn.refreshedAt() == null ? null : signIn.refreshedAt().toString());
        Path folder = file.toAbsolutePath().getParent();
        Path temp = null;
        try {
            if (!Files.exists(folder)) {
                Files.createDirectories(folder, ownerOnly(folder, true));
            }
            temp = Files.createTempFile(folder, ".youtube-oauth", ".tmp", ownerOnly(folder, false));
            Files.writeString(temp, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root),
                    StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (FileAlreadyExistsException e) {
            throw UserError.badInput("Cannot save the sign-in: " + folder + " exists but is not a folder.");
        } catch (IOException e) {
            throw UserError.badInput("Cannot save the sign-in in " + file + "; check that the folder " + folder
                    + " can be written.");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the failure to save is the one to report
                }
            }
        }
    }

    /** Deletes the file; true when there was one. */
    public boolean delete() {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw UserError.badInput("Cannot delete the sign-in file " + file + "; delete it by hand.");
        }
    }

    private void refuseShared() {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix == null) {
            return; // no POSIX permissions here (Windows): the user profile folder is private by default
        }
        Set<PosixFilePermission> perms;
        try {
            perms = posix.readAttributes().permissions();
        } catch (IOException e) {
            throw UserError.badInput("Cannot read the permissions of the sign-in file " + file + ".");
        }
        Set<PosixFilePermission> others = EnumSet.copyOf(perms);
        others.removeAll(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE));
        if (!others.isEmpty()) {
            throw UserError.badInput("The sign-in file " + file + " can be read or changed by other users ("
                    + PosixFilePermissions.toString(perms) + "), so Viralscope will not use it; run chmod 600 "
                    + file + " if only you had access, or delete it and run `viralscope auth login` again.");
        }
    }

    private UserError notOurs() {
        return UserError.badInput("The sign-in file " + file + " is not one Viralscope wrote; delete it and run"
                + " `viralscope auth login` again.");
    }

    private static FileAttribute<?>[] ownerOnly(Path folder, boolean directory) {
        Path probe = folder;
        while (probe != null && !Files.exists(probe)) {
            probe = probe.getParent();
        }
        if (probe == null || Files.getFileAttributeView(probe, PosixFileAttributeView.class) == null) {
            return new FileAttribute<?>[0];
        }
        Set<PosixFilePermission> perms = EnumSet.copyOf(OWNER_ONLY);
        if (directory) {
            perms.add(PosixFilePermission.OWNER_EXECUTE);
        }
        return new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(perms)};
    }

    private static Instant instant(JsonNode root, String field) {
        String text = root.path(field).asText("");
        try {
            return text.isEmpty() ? null : Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
