package dev.chatwidget.core.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.domain.auth.RefreshLease;
import dev.chatwidget.core.domain.auth.RefreshToken;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.domain.auth.VersionedTokens;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.TransportFailure;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A store that implements only load and save gets the single-process meaning of versions and leases. */
class SingleProcessTokenStoreTest {

    static final LocationId LOC = LocationId.of("loc1");
    static final StoredTokens TOKENS = new StoredTokens(new AccessToken("access-1"), new RefreshToken("refresh-1"),
            Instant.parse("2026-01-01T00:00:00Z"));
    static final TransportFailure DOWN = TransportFailure.of("store down", false);

    /** Keeps tokens in a map; fails every operation once told to. */
    static final class PlainStore implements TokenStore {
        final Map<LocationId, StoredTokens> saved = new HashMap<>();
        boolean down;

        @Override
        public Either<ChatWidgetError, Optional<StoredTokens>> load(LocationId location) {
            return down ? Either.left(DOWN) : Either.right(Optional.ofNullable(saved.get(location)));
        }

        @Override
        public Either<ChatWidgetError, StoredTokens> save(LocationId location, StoredTokens tokens) {
            if (down) {
                return Either.left(DOWN);
            }
            saved.put(location, tokens);
            return Either.right(tokens);
        }
    }

    final PlainStore store = new PlainStore();

    @Test
    void loading_versioned_gives_the_saved_tokens_at_version_zero_or_nothing() {
        assertThat(store.loadVersioned(LOC).get()).isEmpty();

        store.save(LOC, TOKENS);

        assertThat(store.loadVersioned(LOC).get()).contains(new VersionedTokens(TOKENS, 0));
    }

    @Test
    void a_versioned_save_is_a_plain_save_reporting_the_next_version() {
        Optional<VersionedTokens> saved = store.saveIfVersion(LOC, 7, TOKENS).get();

        assertThat(saved).contains(new VersionedTokens(TOKENS, 8));
        assertThat(store.saved).containsEntry(LOC, TOKENS);
    }

    @Test
    void the_stores_failures_come_through_the_versioned_operations() {
        store.down = true;

        assertThat(store.loadVersioned(LOC).getLeft()).isSameAs(DOWN);
        assertThat(store.saveIfVersion(LOC, 0, TOKENS).getLeft()).isSameAs(DOWN);
    }

    @Test
    void the_lease_is_always_granted_for_the_location_asked_and_released() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        RefreshLease first = store.tryLease(LOC, now, Duration.ofSeconds(10)).get().orElseThrow();
        RefreshLease second = store.tryLease(LOC, now, Duration.ofSeconds(10)).get().orElseThrow();

        assertThat(first.location()).isEqualTo(LOC);
        assertThat(second.location()).isEqualTo(LOC);
        assertThat(store.release(first).get()).isTrue();
    }
}
