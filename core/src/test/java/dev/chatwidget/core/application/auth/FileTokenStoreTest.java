package dev.chatwidget.core.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.domain.auth.ClientCredentials;
import dev.chatwidget.core.domain.auth.RefreshToken;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.UnexpectedResponse;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTokenStoreTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final LocationId LOC = LocationId.of("loc1");

    @TempDir
    Path dir;

    static StoredTokens tokens(String access, String refresh) {
        return new StoredTokens(new AccessToken(access), new RefreshToken(refresh), T0);
    }

    Path file() {
        return dir.resolve("tokens.properties");
    }

    Path lockFile() {
        return dir.resolve("tokens.properties.lock");
    }

    @Test
    void an_absent_file_holds_no_tokens() {
        assertThat(new FileTokenStore(file()).load(LOC).get()).isEmpty();
    }

    @Test
    void a_new_instance_reads_what_the_last_one_saved() {
        new FileTokenStore(file()).save(LOC, tokens("a1", "r1"));
        new FileTokenStore(file()).save(LOC, tokens("a2", "r2"));

        assertThat(new FileTokenStore(file()).load(LOC).get()).contains(tokens("a2", "r2"));
    }

    @Test
    void a_restarted_provider_uses_the_rotated_refresh_token() {
        MutableClock clock = new MutableClock(T0);
        RotatingRefresher refresher = new RotatingRefresher("refresh-0");
        ClientCredentials client = ClientCredentials.of("id", "secret");
        new FileTokenStore(file()).save(LOC, tokens("access-0", "refresh-0"));
        OAuthTokenProvider first = OAuthTokenProvider.builder(refresher, client, new FileTokenStore(file()), clock)
                .build();
        assertThat(first.token(Optional.of(LOC)).get().reveal()).isEqualTo("access-1");

        clock.advance(java.time.Duration.ofDays(1));
        OAuthTokenProvider restarted =
                OAuthTokenProvider.builder(refresher, client, new FileTokenStore(file()), clock).build();

        assertThat(restarted.token(Optional.of(LOC)).get().reveal()).isEqualTo("access-2");
        assertThat(refresher.latestRefreshToken()).isEqualTo("refresh-2");
    }

    @Test
    void saving_one_location_keeps_the_others() {
        FileTokenStore store = new FileTokenStore(file());
        store.save(LOC, tokens("a1", "r1"));
        store.save(LocationId.of("loc2"), tokens("b1", "s1"));
        store.save(LOC, tokens("a2", "r2"));

        assertThat(store.load(LocationId.of("loc2")).get()).contains(tokens("b1", "s1"));
        assertThat(store.load(LOC).get()).contains(tokens("a2", "r2"));
    }

    @Test
    void odd_location_ids_and_tokens_round_trip() {
        FileTokenStore store = new FileTokenStore(file());
        LocationId odd = LocationId.of("a.b=c:d!e\u00e9\u4e2d");
        store.save(odd, tokens("x=y:z\\#!", "r.1=2"));
        store.save(LocationId.of("a.b"), tokens("plain", "plain"));

        assertThat(new FileTokenStore(file()).load(odd).get()).contains(tokens("x=y:z\\#!", "r.1=2"));
        assertThat(new FileTokenStore(file()).load(LocationId.of("a")).get()).isEmpty();
    }

    @Test
    void the_file_is_readable_and_writable_by_its_owner_only() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        new FileTokenStore(file()).save(LOC, tokens("a1", "r1"));
        new FileTokenStore(file()).save(LOC, tokens("a2", "r2"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
    }

    @Test
    void a_missing_directory_is_created_for_the_owner_only() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path nested = dir.resolve("state").resolve("tokens.properties");
        new FileTokenStore(nested).save(LOC, tokens("a1", "r1"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(nested.getParent())))
                .isEqualTo("rwx------");
        assertThat(new FileTokenStore(nested).load(LOC).get()).contains(tokens("a1", "r1"));
    }

    @Test
    void a_failed_save_leaves_the_old_file_whole_and_no_temporary_file() throws IOException {
        new FileTokenStore(file()).save(LOC, tokens("a1", "r1"));
        byte[] before = Files.readAllBytes(file());
        FileTokenStore failing = new FileTokenStore(file(), (written, target) -> {
            throw new IOException("simulated crash before the rename");
        });

        Either<ChatWidgetError, StoredTokens> result = failing.save(LOC, tokens("a2", "r2"));

        assertThat(result.isLeft()).isTrue();
        assertThat(result.getLeft().message()).contains("could not write").doesNotContain("a2", "r2");
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            // the token file and its lock file (empty; it only carries the OS lock), no temporary file
            assertThat(files).containsExactlyInAnyOrder(file(), lockFile());
        }
    }

    @Test
    void a_save_that_cannot_replace_the_target_fails_as_a_value() throws IOException {
        Files.createDirectories(file().resolve("in-the-way"));

        Either<ChatWidgetError, StoredTokens> result = new FileTokenStore(file()).save(LOC, tokens("a1", "r1"));

        assertThat(result.isLeft()).isTrue();
        try (Stream<Path> files = Files.list(dir)) {
            // the token file and its lock file (empty; it only carries the OS lock), no temporary file
            assertThat(files).containsExactlyInAnyOrder(file(), lockFile());
        }
    }

    @Test
    void an_incomplete_entry_is_an_error_that_shows_no_value() throws IOException {
        Files.writeString(file(), "loc1.access_token=secret-access\nloc1.expires_at=not-a-time\n");

        Either<ChatWidgetError, Optional<StoredTokens>> result = new FileTokenStore(file()).load(LOC);

        assertThat(result.getLeft()).isInstanceOf(UnexpectedResponse.class);
        assertThat(result.getLeft().message()).contains("loc1").doesNotContain("secret-access");
    }

    @Test
    void concurrent_saves_through_two_instances_lose_no_location() {
        FileTokenStore one = new FileTokenStore(file());
        FileTokenStore two = new FileTokenStore(dir.resolve(".").resolve("tokens.properties"));

        IntStream.range(0, 40).parallel().forEach(i ->
                (i % 2 == 0 ? one : two).save(LocationId.of("loc" + i), tokens("a" + i, "r" + i)));

        IntStream.range(0, 40).forEach(i ->
                assertThat(one.load(LocationId.of("loc" + i)).get()).contains(tokens("a" + i, "r" + i)));
    }

    @Test
    void to_string_names_the_file_only() {
        FileTokenStore store = new FileTokenStore(file());
        store.save(LOC, tokens("a-secret", "r-secret"));

        assertThat(store.toString()).contains("tokens.properties").doesNotContain("a-secret", "r-secret");
    }
}
