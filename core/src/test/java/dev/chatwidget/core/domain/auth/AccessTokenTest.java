package dev.chatwidget.core.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.port.out.TokenProvider;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A token is shown only to the Authorization header, never in logs or messages. */
class AccessTokenTest {

    private static final String SECRET = "pit-0123456789abcdef";

    @Test
    void to_string_never_shows_the_token() {
        AccessToken token = new AccessToken(SECRET);

        assertThat(token.toString()).doesNotContain(SECRET).doesNotContain("0123");
        assertThat(String.valueOf(token)).doesNotContain(SECRET);
        assertThat(Optional.of(token).toString()).doesNotContain(SECRET);
    }

    @Test
    void reveal_gives_the_token_for_the_header() {
        assertThat(new AccessToken(SECRET).reveal()).isEqualTo(SECRET);
    }

    @Test
    void tokens_are_equal_by_value() {
        assertThat(new AccessToken(SECRET)).isEqualTo(new AccessToken(SECRET))
                .hasSameHashCodeAs(new AccessToken(SECRET)).isNotEqualTo(new AccessToken(SECRET + "x"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "secret with space", "secret\r\nX-Injected: 1", "secret\u0000", "sécret"})
    void a_token_that_could_not_travel_in_a_header_is_refused_without_echoing_it(String value) {
        assertThatThrownBy(() -> new AccessToken(value)).isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret").doesNotContain("sécret"));
    }

    @Test
    void a_fixed_provider_always_gives_the_same_token_and_never_asks_to_retry() {
        TokenProvider provider = TokenProvider.fixed(SECRET);

        assertThat(provider.token(Optional.of(LocationId.of("loc"))).get().reveal()).isEqualTo(SECRET);
        assertThat(provider.token(Optional.empty()).get()).isEqualTo(new AccessToken(SECRET));
        assertThat(provider.onUnauthorized(Optional.empty(), new AccessToken(SECRET))).isFalse();
    }
}
