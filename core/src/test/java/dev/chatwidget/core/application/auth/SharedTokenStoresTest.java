package dev.chatwidget.core.application.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.domain.auth.RefreshLease;
import dev.chatwidget.core.domain.auth.RefreshToken;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.domain.auth.VersionedTokens;
import dev.chatwidget.core.port.out.TokenStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The versions and refresh leases of the stores core ships, as another instance sees them: for the file store a
 * second store on the same file, which reads only what was written; for the in-memory store the same store (what
 * the providers of one JVM share). Times are passed in, so lease expiry needs no waiting.
 */
class SharedTokenStoresTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final Duration TTL = Duration.ofSeconds(10);
    static final LocationId LOC = LocationId.of("loc1");

    @TempDir
    Path dir;

    /** A store kind: each call of what it opens is another instance of the app looking at the store. */
    interface Kind {
        Supplier<TokenStore> open(Path dir);
    }

    static Stream<Named<Kind>> stores() {
        return Stream.of(
                Named.<Kind>of("file", dir -> () -> new FileTokenStore(dir.resolve("tokens.properties"))),
                Named.<Kind>of("in-memory", dir -> {
                    InMemoryTokenStore shared = new InMemoryTokenStore();
                    return () -> shared;
                }));
    }

    Supplier<TokenStore> instances;

    TokenStore instance() {
        return instances.get();
    }

    static StoredTokens tokens(String n) {
        return new StoredTokens(new AccessToken("access-" + n), new RefreshToken("refresh-" + n), T0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void every_save_raises_the_version_by_one_and_returns_what_it_saved(Kind kind) {
        instances = kind.open(dir);
        StoredTokens first = tokens("1");

        assertThat(instance().save(LOC, first).get()).isEqualTo(first);
        instance().save(LOC, tokens("2"));

        assertThat(instance().loadVersioned(LOC).get()).contains(new VersionedTokens(tokens("2"), 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void a_versioned_save_over_the_current_version_makes_the_next_one_and_a_stale_one_saves_nothing(Kind kind) {
        instances = kind.open(dir);
        instance().save(LOC, tokens("1"));

        Optional<VersionedTokens> won = instance().saveIfVersion(LOC, 1, tokens("2")).get();
        Optional<VersionedTokens> stale = instance().saveIfVersion(LOC, 1, tokens("stale")).get();

        assertThat(won).contains(new VersionedTokens(tokens("2"), 2));
        assertThat(stale).isEmpty();
        assertThat(instance().loadVersioned(LOC).get()).contains(new VersionedTokens(tokens("2"), 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void a_lease_taken_by_one_instance_keeps_the_others_out_until_it_runs_out(Kind kind) {
        instances = kind.open(dir);
        Optional<RefreshLease> mine = instance().tryLease(LOC, T0, TTL).get();

        assertThat(mine).map(RefreshLease::location).contains(LOC);
        assertThat(instance().tryLease(LOC, T0.plus(TTL).minusNanos(1), TTL).get()).isEmpty();
        assertThat(instance().tryLease(LocationId.of("loc2"), T0, TTL).get()).as("another location").isPresent();
        assertThat(instance().tryLease(LOC, T0.plus(TTL), TTL).get()).as("at the end of its term").isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void a_released_lease_is_free_for_the_next_instance_at_once(Kind kind) {
        instances = kind.open(dir);
        RefreshLease mine = instance().tryLease(LOC, T0, TTL).get().orElseThrow();

        assertThat(instance().release(mine).get()).isTrue();

        RefreshLease next = instance().tryLease(LOC, T0, TTL).get().orElseThrow();
        assertThat(next.holder()).isNotEqualTo(mine.holder());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void a_holder_whose_lease_ran_out_cannot_release_the_next_holders(Kind kind) {
        instances = kind.open(dir);
        RefreshLease late = instance().tryLease(LOC, T0, TTL).get().orElseThrow();
        instance().tryLease(LOC, T0.plus(TTL), TTL).get().orElseThrow();

        assertThat(instance().release(late).get()).isFalse();

        assertThat(instance().tryLease(LOC, T0.plus(TTL), TTL).get()).as("the next holder keeps it").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void releasing_where_no_lease_is_held_reports_false_and_keeps_the_tokens(Kind kind) {
        instances = kind.open(dir);
        instance().save(LOC, tokens("1"));

        assertThat(instance().release(new RefreshLease(LOC, "nobody")).get()).isFalse();
        assertThat(instance().loadVersioned(LOC).get()).contains(new VersionedTokens(tokens("1"), 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void its_description_names_the_store_and_shows_no_token(Kind kind) {
        instances = kind.open(dir);
        instance().save(LOC, tokens("secret"));

        assertThat(instance().toString()).contains("TokenStore[").doesNotContain("access-secret", "refresh-secret");
    }
}
