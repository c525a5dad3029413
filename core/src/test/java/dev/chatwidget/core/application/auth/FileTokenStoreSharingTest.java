package dev.chatwidget.core.application.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.domain.auth.RefreshLease;
import dev.chatwidget.core.domain.auth.RefreshToken;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.domain.auth.VersionedTokens;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file store's versions and refresh leases, as another instance on the host sees them (a second store on the
 * same file reads only what was written). Times are passed in, so lease expiry needs no waiting.
 */
class FileTokenStoreSharingTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final Duration TTL = Duration.ofSeconds(10);
    static final LocationId LOC = LocationId.of("loc1");

    @TempDir
    Path dir;

    FileTokenStore instance() {
        return new FileTokenStore(dir.resolve("tokens.properties"));
    }

    static StoredTokens tokens(String n) {
        return new StoredTokens(new AccessToken("access-" + n), new RefreshToken("refresh-" + n), T0);
    }

    @Test
    void every_save_raises_the_version_by_one_and_returns_what_it_saved() {
        StoredTokens first = tokens("1");

        assertThat(instance().save(LOC, first).get()).isEqualTo(first);
        instance().save(LOC, tokens("2"));

        assertThat(instance().loadVersioned(LOC).get()).contains(new VersionedTokens(tokens("2"), 2));
    }

    @Test
    void a_versioned_save_over_the_current_version_makes_the_next_one_and_a_stale_one_saves_nothing() {
        instance().save(LOC, tokens("1"));

        Optional<VersionedTokens> won = instance().saveIfVersion(LOC, 1, tokens("2")).get();
        Optional<VersionedTokens> stale = instance().saveIfVersion(LOC, 1, tokens("stale")).get();

        assertThat(won).contains(new VersionedTokens(tokens("2"), 2));
        assertThat(stale).isEmpty();
        assertThat(instance().loadVersioned(LOC).get()).contains(new VersionedTokens(tokens("2"), 2));
    }

    @Test
    void a_lease_taken_by_one_instance_keeps_the_others_out_until_it_runs_out() {
        Optional<RefreshLease> mine = instance().tryLease(LOC, T0, TTL).get();

        assertThat(mine).map(RefreshLease::location).contains(LOC);
        assertThat(instance().tryLease(LOC, T0.plus(TTL).minusNanos(1), TTL).get()).isEmpty();
        assertThat(instance().tryLease(LocationId.of("loc2"), T0, TTL).get()).as("another location").isPresent();
        assertThat(instance().tryLease(LOC, T0.plus(TTL), TTL).get()).as("at the end of its term").isPresent();
    }

    @Test
    void a_released_lease_is_free_for_the_next_instance_at_once() {
        RefreshLease mine = instance().tryLease(LOC, T0, TTL).get().orElseThrow();

        assertThat(instance().release(mine).get()).isTrue();

        RefreshLease next = instance().tryLease(LOC, T0, TTL).get().orElseThrow();
        assertThat(next.holder()).isNotEqualTo(mine.holder());
    }

    @Test
    void a_holder_whose_lease_ran_out_cannot_release_the_next_holders() {
        RefreshLease late = instance().tryLease(LOC, T0, TTL).get().orElseThrow();
        instance().tryLease(LOC, T0.plus(TTL), TTL).get().orElseThrow();

        assertThat(instance().release(late).get()).isFalse();

        assertThat(instance().tryLease(LOC, T0.plus(TTL), TTL).get()).as("the next holder keeps it").isEmpty();
    }

    @Test
    void releasing_where_no_lease_is_held_reports_false_and_keeps_the_tokens() {
        instance().save(LOC, tokens("1"));

        assertThat(instance().release(new RefreshLease(LOC, "nobody")).get()).isFalse();
        assertThat(instance().loadVersioned(LOC).get()).contains(new VersionedTokens(tokens("1"), 1));
    }
}
