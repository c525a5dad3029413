package dev.chatwidget.core.application.auth;

import static dev.chatwidget.core.application.auth.SharedRefreshTest.AT_LOC;
import static dev.chatwidget.core.application.auth.SharedRefreshTest.CLIENT;
import static dev.chatwidget.core.application.auth.SharedRefreshTest.LOC;
import static dev.chatwidget.core.application.auth.SharedRefreshTest.T0;
import static dev.chatwidget.core.application.auth.SharedRefreshTest.token;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.domain.auth.RefreshToken;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.TransportFailure;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the provider does when its store cannot read, or cannot keep the tokens a refresh was granted. */
class OAuthTokenProviderStoreFailureTest {

    final MutableClock clock = new MutableClock(T0);
    final FaultyStore store = new FaultyStore();
    final RotatingRefresher refresher = new RotatingRefresher("refresh-0");
    final OAuthTokenProvider provider = OAuthTokenProvider.builder(refresher, CLIENT, store, clock).build();

    void seed(String n, java.time.Instant expiresAt) {
        store.save(LOC, new StoredTokens(new AccessToken("access-" + n), new RefreshToken("refresh-" + n),
                expiresAt));
    }

    @Test
    void an_unreadable_store_fails_the_call_with_its_own_error() {
        seed("0", T0.plus(Duration.ofHours(1)));
        store.loadDown = true;

        assertThat(provider.token(AT_LOC).getLeft()).isSameAs(FaultyStore.DOWN);
        assertThat(refresher.calls()).isZero();
    }

    @Test
    void granted_tokens_that_still_cannot_be_saved_stay_held_back_and_are_not_refreshed_again() {
        seed("0", T0);
        store.saveDown = true;
        assertThat(provider.token(AT_LOC).getLeft()).isInstanceOf(TransportFailure.class);

        ChatWidgetError again = provider.token(AT_LOC).getLeft();

        assertThat(again).isInstanceOf(TransportFailure.class);
        assertThat(again.message()).contains("could not be saved", "token store down")
                .doesNotContain("access-1", "refresh-1");
        assertThat(refresher.calls()).isEqualTo(1);
    }

    @Test
    void held_back_tokens_lose_to_tokens_another_instance_saved_meanwhile() {
        seed("0", T0);
        store.saveDown = true;
        assertThat(provider.token(AT_LOC).isLeft()).isTrue();
        seed("theirs", T0.plus(Duration.ofHours(1)));
        store.saveDown = false;

        ChatWidgetError lost = provider.token(AT_LOC).getLeft();

        assertThat(lost.message()).contains("another instance saved newer tokens first");
        assertThat(token(provider.token(AT_LOC))).isEqualTo("access-theirs");
        assertThat(refresher.calls()).isEqualTo(1);
    }
}
