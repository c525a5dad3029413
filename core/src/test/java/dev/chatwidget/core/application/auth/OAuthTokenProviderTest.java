package dev.chatwidget.core.application.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.domain.auth.ClientCredentials;
import dev.chatwidget.core.domain.auth.RefreshToken;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.ServerError;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.error.Unauthorized;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class OAuthTokenProviderTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final LocationId LOC = LocationId.of("loc1");
    static final Optional<LocationId> AT_LOC = Optional.of(LOC);
    static final ClientCredentials CLIENT = ClientCredentials.of("client-id", "client-secret-xyz");

    final List<String> events = new CopyOnWriteArrayList<>();
    final MutableClock clock = new MutableClock(T0);
    final RecordingStore store = new RecordingStore(events);
    final RotatingRefresher refresher = new RotatingRefresher("refresh-0", events);

    OAuthTokenProvider provider() {
        return OAuthTokenProvider.builder(refresher, CLIENT, store, clock).build();
    }

    void seed(Instant expiresAt) {
        store.save(LOC, new StoredTokens(new AccessToken("access-0"), new RefreshToken("refresh-0"), expiresAt));
        events.clear();
    }

    static String token(Either<ChatWidgetError, AccessToken> result) {
        assertThat(result.isRight()).as("token result %s", result).isTrue();
        return result.get().reveal();
    }

    @Test
    void hands_out_the_stored_token_without_refreshing_while_it_is_fresh() {
        seed(T0.plus(Duration.ofHours(1)));
        OAuthTokenProvider provider = provider();

        assertThat(token(provider.token(AT_LOC))).isEqualTo("access-0");
        assertThat(token(provider.token(AT_LOC))).isEqualTo("access-0");
        assertThat(refresher.calls()).isZero();
        assertThat(events).containsExactly("load loc1");
    }

    @Test
    void refreshes_ahead_of_expiry_by_the_configured_margin() {
        seed(T0.plus(Duration.ofMinutes(30)));
        OAuthTokenProvider provider = OAuthTokenProvider.builder(refresher, CLIENT, store, clock)
                .refreshAhead(Duration.ofMinutes(10)).build();

        clock.advance(Duration.ofMinutes(19));
        assertThat(token(provider.token(AT_LOC))).isEqualTo("access-0");
        clock.advance(Duration.ofMinutes(1));
        assertThat(token(provider.token(AT_LOC))).isEqualTo("access-1");
        assertThat(refresher.calls()).isEqualTo(1);
    }

    @Test
    void refreshes_five_minutes_ahead_by_default() {
        seed(T0.plus(Duration.ofMinutes(30)));
        OAuthTokenProvider provider = provider();

        clock.advance(Duration.ofMinutes(24));
        assertThat(token(provider.token(AT_LOC))).isEqualTo("access-0");
        clock.advance(Duration.ofMinutes(1));
        assertThat(token(provider.token(AT_LOC))).isEqualTo("access-1");
    }

    @Test
    void short_lived_grants_are_not_refreshed_on_every_call() {
        seed(T0);
        refresher.lifetime(Duration.ofMinutes(2));
        OAuthTokenProvider provider = provider();

        assertThat(token(provider.token(AT_LOC))).isEqualTo("access-1");
        clock.advance(Duration.ofSeconds(59));
        assertThat(token(provider.token(AT_LOC))).isEqualTo("access-1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(token(provider.token(AT_LOC))).isEqualTo("access-2");
    }

    @Test
    void store_is_written_before_the_new_token_is_returned() {
        seed(T0);
        OAuthTokenProvider provider = provider();

        String returned = token(provider.token(AT_LOC));
        events.add("returned " + returned);

        // The second load is the re-read under the refresh lease: another instance may have saved meanwhile.
        assertThat(events).containsExactly("load loc1", "load loc1", "refresh -> access-1",
                "save loc1 access-1 refresh-1", "returned access-1");
    }

    @Test
    void failed_save_holds_the_new_token_back_and_saves_it_before_any_further_refresh() {
        seed(T0);
        OAuthTokenProvider provider = provider();
        store.failSaves(true);

        Either<ChatWidgetError, AccessToken> failed = provider.token(AT_LOC);

        assertThat(failed.getLeft()).isInstanceOf(TransportFailure.class);
        assertThat(failed.getLeft().message()).contains("could not be saved").doesNotContain("access-1", "refresh-1");
        store.failSaves(false);
        assertThat(token(provider.token(AT_LOC))).isEqualTo("access-1");
        assertThat(refresher.calls()).isEqualTo(1);
        assertThat(events).endsWith("save loc1 access-1 refresh-1");
    }

    @Test
    void rejected_refresh_token_gives_unauthorized_saying_reauthorization_is_needed() {
        store.save(LOC, new StoredTokens(new AccessToken("access-0"), new RefreshToken("spent"), T0));
        OAuthTokenProvider provider = provider();

        Either<ChatWidgetError, AccessToken> result = provider.token(AT_LOC);

        assertThat(result.getLeft()).isInstanceOf(Unauthorized.class);
        assertThat(result.getLeft().message())
                .contains("re-authorization is needed", "re-install the app", "loc1")
                .doesNotContain("spent", "access-0", "client-secret-xyz");
    }

    @Test
    void rejected_refresh_token_is_not_sent_again_until_the_store_holds_new_tokens() {
        store.save(LOC, new StoredTokens(new AccessToken("access-0"), new RefreshToken("spent"), T0));
        OAuthTokenProvider provider = provider();
        provider.token(AT_LOC);

        assertThat(provider.token(AT_LOC).getLeft().message()).contains("re-authorization is needed");
        assertThat(refresher.calls()).isEqualTo(1);

        // the app is re-installed and the new tokens are saved
        store.save(LOC, new StoredTokens(new AccessToken("access-r"), new RefreshToken("refresh-r"),
                T0.plus(Duration.ofDays(1))));
        assertThat(token(provider.token(AT_LOC))).isEqualTo("access-r");
    }

    @Test
    void transient_refresh_failure_is_returned_as_is_and_the_next_call_tries_again() {
        seed(T0);
        OAuthTokenProvider provider = provider();
        refresher.failNext(new ServerError(503, "unavailable", Optional.empty()));

        assertThat(provider.token(AT_LOC).getLeft()).isInstanceOf(ServerError.class);
        assertThat(token(provider.token(AT_LOC))).isEqualTo("access-1");
        assertThat(refresher.calls()).isEqualTo(2);
    }

    @Test
    void on_unauthorized_refreshes_once_when_the_rejected_token_is_current() {
        seed(T0.plus(Duration.ofHours(1)));
        OAuthTokenProvider provider = provider();
        AccessToken rejected = provider.token(AT_LOC).get();

        assertThat(provider.onUnauthorized(AT_LOC, rejected)).isTrue();

        assertThat(token(provider.token(AT_LOC))).isEqualTo("access-1");
        assertThat(refresher.calls()).isEqualTo(1);
    }

    @Test
    void on_unauthorized_with_an_already_replaced_token_does_not_refresh_again() {
        seed(T0.plus(Duration.ofHours(1)));
        OAuthTokenProvider provider = provider();
        AccessToken rejected = provider.token(AT_LOC).get();
        provider.onUnauthorized(AT_LOC, rejected);

        assertThat(provider.onUnauthorized(AT_LOC, rejected)).isTrue();

        assertThat(refresher.calls()).isEqualTo(1);
        assertThat(token(provider.token(AT_LOC))).isEqualTo("access-1");
    }

    @Test
    void on_unauthorized_answers_false_when_the_refresh_fails() {
        store.save(LOC, new StoredTokens(new AccessToken("access-0"), new RefreshToken("spent"),
                T0.plus(Duration.ofHours(1))));
        OAuthTokenProvider provider = provider();

        assertThat(provider.onUnauthorized(AT_LOC, new AccessToken("access-0"))).isFalse();
    }

    @Test
    void missing_tokens_give_unauthorized_asking_to_install_the_app() {
        Either<ChatWidgetError, AccessToken> result = provider().token(AT_LOC);

        assertThat(result.getLeft()).isInstanceOf(Unauthorized.class);
        assertThat(result.getLeft().message()).contains("no OAuth tokens are stored for location loc1", "install");
        assertThat(refresher.calls()).isZero();
    }

    @Test
    void a_call_naming_no_location_uses_the_default_location_or_is_unauthorized() {
        seed(T0.plus(Duration.ofHours(1)));

        assertThat(provider().token(Optional.empty()).getLeft().message()).contains("default location");
        OAuthTokenProvider withDefault = OAuthTokenProvider.builder(refresher, CLIENT, store, clock)
                .defaultLocation(LOC).build();
        assertThat(token(withDefault.token(Optional.empty()))).isEqualTo("access-0");
    }

    @Test
    void locations_refresh_independently() {
        seed(T0.plus(Duration.ofHours(1)));
        LocationId other = LocationId.of("loc2");
        store.save(other, new StoredTokens(new AccessToken("other"), new RefreshToken("refresh-0"), T0));
        OAuthTokenProvider provider = provider();

        assertThat(token(provider.token(Optional.of(other)))).isEqualTo("access-1");
        assertThat(token(provider.token(AT_LOC))).isEqualTo("access-0");
    }

    @Test
    void to_string_shows_no_token_or_secret() {
        seed(T0);
        OAuthTokenProvider provider = provider();
        provider.token(AT_LOC);
        StoredTokens stored = store.load(LOC).get().orElseThrow();

        assertThat(List.of(provider.toString(), stored.toString(), CLIENT.toString(),
                new RefreshToken("refresh-1").toString(), new InMemoryTokenStore().toString()))
                .allSatisfy(s -> assertThat(s).doesNotContain("access-1", "refresh-1", "client-secret-xyz"));
        assertThat(CLIENT.toString()).contains("client-id");
        assertThat(provider.toString()).contains("client-id", "refreshAhead=PT5M");
    }
}
