package dev.chatwidget.core.application.auth;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.domain.auth.RefreshToken;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.error.UnexpectedResponse;
import dev.chatwidget.core.port.out.TokenStore;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A token store in one {@link Properties} file, so a restart keeps the rotated refresh token. Every save rewrites
 * a temporary file beside the target, forces it to disk and renames it over the target atomically: a crash or
 * failure leaves the old file whole. Where the file system is POSIX the file is created {@code rw-------}.
 * Safe for concurrent use within one JVM (also across instances on the same path); not across processes.
 */
public final class FileTokenStore implements TokenStore {

    /** The last step of a save: puts the fully written temporary file in place of the target. */
    @FunctionalInterface
    interface Commit {
        void move(Path written, Path target) throws IOException;
    }

    private static final ConcurrentMap<Path, Object> LOCKS = new ConcurrentHashMap<>();
    private static final String ACCESS = ".access_token";
    private static final String REFRESH = ".refresh_token";
    private static final String EXPIRES = ".expires_at";

    private final Path file;
    private final Object lock;
    private final Commit commit;

    public FileTokenStore(Path file) {
        this(file, (written, target) ->
                Files.move(written, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING));
    }

    FileTokenStore(Path file, Commit commit) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
        if (this.file.getParent() == null) {
            throw new IllegalArgumentException("token file needs a parent directory: " + this.file);
        }
        this.lock = LOCKS.computeIfAbsent(this.file, p -> new Object());
        this.commit = Objects.requireNonNull(commit, "commit");
    }

    @Override
    public Either<ChatWidgetError, Optional<StoredTokens>> load(LocationId location) {
        Objects.requireNonNull(location, "location");
        synchronized (lock) {
            try {
                return entry(read(), location);
            } catch (IOException | IllegalArgumentException e) {
                return Either.left(failure("could not read", e));
            }
        }
    }

    @Override
    public Either<ChatWidgetError, StoredTokens> save(LocationId location, StoredTokens tokens) {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(tokens, "tokens");
        synchronized (lock) {
            try {
                Properties all = read();
                all.setProperty(location.value() + ACCESS, tokens.accessToken().reveal());
                all.setProperty(location.value() + REFRESH, tokens.refreshToken().reveal());
                all.setProperty(location.value() + EXPIRES, tokens.expiresAt().toString());
                write(all);
                return Either.right(tokens);
            } catch (IOException | IllegalArgumentException e) {
                return Either.left(failure("could not write", e));
            }
        }
    }

    @Override
    public String toString() {
        return "FileTokenStore[" + file + "]";
    }

    private Either<ChatWidgetError, Optional<StoredTokens>> entry(Properties all, LocationId location) {
        String access = all.getProperty(location.value() + ACCESS);
        String refresh = all.getProperty(location.value() + REFRESH);
        String expires = all.getProperty(location.value() + EXPIRES);
        if (access == null && refresh == null && expires == null) {
            return Either.right(Optional.empty());
        }
        try {
            return Either.right(Optional.of(new StoredTokens(new AccessToken(access), new RefreshToken(refresh),
                    Instant.parse(expires))));
        } catch (RuntimeException e) {
            // Never echo the values: they are secrets.
            return Either.left(new UnexpectedResponse(0, "token store " + file
                    + " has an incomplete or unreadable entry for location " + location, "", Optional.empty()));
        }
    }

    private Properties read() throws IOException {
        Properties all = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                all.load(in);
            }
        }
        return all;
    }

    private void write(Properties all) throws IOException {
        Path dir = file.getParent();
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, posix ? new FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
                : new FileAttribute<?>[0]);
        }
        FileAttribute<?>[] ownerOnly = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        Path temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp", ownerOnly);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                var out = Channels.newWriter(channel, StandardCharsets.ISO_8859_1);
                out.write(PropertiesText.of(all));
                out.flush();
                channel.force(true);
            }
            commit.move(temp, file);
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void forceDirectory(Path dir) {
        // Makes the rename itself durable where the platform allows opening a directory (Linux does).
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // best effort only
        }
    }

    private ChatWidgetError failure(String what, Exception e) {
        return TransportFailure.of("token store " + what + " " + file + " (" + e.getClass().getSimpleName() + ")",
                false);
    }
}
