package dev.chatwidget.core.application.auth;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.domain.auth.RefreshLease;
import dev.chatwidget.core.domain.auth.RefreshToken;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.domain.auth.VersionedTokens;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.error.UnexpectedResponse;
import dev.chatwidget.core.port.out.SharedTokenStore;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
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
 * Safe across threads and across processes on one host: every read-modify-write holds an OS lock on a
 * {@code <file>.lock} beside it, and the file also keeps each location's token version and refresh lease, so
 * several instances of an app on one host share one refresh (see {@link OAuthTokenProvider}).
 */
public final class FileTokenStore implements SharedTokenStore {

    /** The last step of a save: puts the fully written temporary file in place of the target. */
    @FunctionalInterface
    interface Commit {
        void move(Path written, Path target) throws IOException;
    }

    /** One locked read-modify-write of the whole file. */
    @FunctionalInterface
    private interface Change<T> {
        T apply(Properties all) throws IOException;
    }

    // The OS lock is per process; threads of this JVM (and stores on the same path) queue on this first.
    private static final ConcurrentMap<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private final Path file;
    private final Path lockFile;
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
        this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
        this.lock = LOCKS.computeIfAbsent(this.file, p -> new Object());
        this.commit = Objects.requireNonNull(commit, "commit");
    }

    @Override
    public Either<ChatWidgetError, Optional<VersionedTokens>> loadVersioned(LocationId location) {
        Objects.requireNonNull(location, "location");
        return locked("could not read", all -> TokenEntries.tokens(all, location));
    }

    @Override
    public Either<ChatWidgetError, StoredTokens> save(LocationId location, StoredTokens tokens) {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(tokens, "tokens");
        return locked("could not write", all -> {
            TokenEntries.put(all, location, tokens, TokenEntries.version(all, location) + 1);
            write(all);
            return tokens;
        });
    }

    @Override
    public Either<ChatWidgetError, Optional<VersionedTokens>> saveIfVersion(LocationId location, long expected,
                                                                            StoredTokens tokens) {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(tokens, "tokens");
        return locked("could not write", all -> {
            if (TokenEntries.version(all, location) != expected) {
                return Optional.empty();
            }
            VersionedTokens saved = TokenEntries.put(all, location, tokens, expected + 1);
            write(all);
            return Optional.of(saved);
        });
    }

    @Override
    public Either<ChatWidgetError, Optional<RefreshLease>> tryLease(LocationId location, Instant now,
                                                                     Duration ttl) {
        Objects.requireNonNull(location, "location");
        return locked("could not lease", all -> {
            if (TokenEntries.lease(all, location).filter(held -> held.heldAt(now)).isPresent()) {
                return Optional.empty();
            }
            LeaseTerm mine = new LeaseTerm(LeaseHolders.next(), now.plus(ttl));
            TokenEntries.putLease(all, location, mine);
            write(all);
            return Optional.of(new RefreshLease(location, mine.holder()));
        });
    }

    @Override
    public Either<ChatWidgetError, Boolean> release(RefreshLease lease) {
        return locked("could not release", all -> {
            boolean mine = TokenEntries.lease(all, lease.location())
                    .filter(held -> held.holder().equals(lease.holder())).isPresent();
            if (mine) {
                TokenEntries.removeLease(all, lease.location());
                write(all);
            }
            return mine;
        });
    }

    @Override
    public String toString() {
        return "FileTokenStore[" + file + "]";
    }

    /** Runs {@code change} holding this JVM's monitor and the OS lock on the lock file. */
    private <T> Either<ChatWidgetError, T> locked(String what, Change<T> change) {
        synchronized (lock) {
            try {
                ensureDirectory();
                try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE);
                     FileLock held = channel.lock()) {
                    return Either.right(change.apply(read()));
                }
            } catch (IOException | IllegalArgumentException e) {
                return Either.left(failure(what, e));
            }
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

    private void ensureDirectory() throws IOException {
        Path dir = file.getParent();
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, posix(dir) ? new FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
                : new FileAttribute<?>[0]);
        }
    }

    private static boolean posix(Path dir) {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private void write(Properties all) throws IOException {
        Path dir = file.getParent();
        // A temporary file is created rw------- where the file system is POSIX; the rename keeps that mode.
        Path temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
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
        if (e instanceof IllegalArgumentException) {
            return new UnexpectedResponse(0, "token store " + file + " has an " + e.getMessage(), "",
                    Optional.empty());
        }
        return TransportFailure.of("token store " + what + " " + file + " (" + e.getClass().getSimpleName() + ")",
                false);
    }
}
