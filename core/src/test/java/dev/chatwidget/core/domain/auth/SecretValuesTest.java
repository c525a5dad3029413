package dev.chatwidget.core.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Refresh tokens and client credentials take exactly the visible ASCII a header or form can carry. */
class SecretValuesTest {

    /** The first and last visible ASCII characters, '!' and '~', with the rest of the range between them. */
    static final String EDGES = "!pit-0123456789~";

    @Test
    void the_whole_visible_ascii_range_is_accepted() {
        assertThat(new AccessToken(EDGES).reveal()).isEqualTo(EDGES);
        assertThat(new RefreshToken(EDGES).reveal()).isEqualTo(EDGES);
        assertThat(ClientCredentials.of(EDGES, EDGES).clientSecret()).isEqualTo(EDGES);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "secret with space", "secret\r\nX", "secret\u007f", "sécret"})
    void a_refresh_token_that_is_not_visible_ascii_is_refused_without_echoing_it(String value) {
        assertThatThrownBy(() -> new RefreshToken(value)).isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith("refresh token must")
                        .doesNotContain("secret").doesNotContain("sécret"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {" ", "secret with space", "secret\u007f"})
    void client_credentials_name_the_bad_field_and_never_echo_it(String value) {
        assertThatThrownBy(() -> ClientCredentials.of(value, "fine-secret"))
                .hasMessageStartingWith("clientId must").satisfies(e -> assertThat(e.getMessage())
                        .doesNotContain("secret"));
        assertThatThrownBy(() -> ClientCredentials.of("fine-id", value))
                .hasMessageStartingWith("clientSecret must").satisfies(e -> assertThat(e.getMessage())
                        .doesNotContain("secret with").doesNotContain("secret\u007f"));
    }

    @Test
    void a_refresh_token_is_equal_by_value_and_shows_only_that_it_is_one() {
        RefreshToken token = new RefreshToken("refresh-pit-1");

        assertThat(token).isEqualTo(new RefreshToken("refresh-pit-1")).isNotEqualTo(new RefreshToken("refresh-pit-2"))
                .hasSameHashCodeAs(new RefreshToken("refresh-pit-1"));
        assertThat(token.toString()).contains("RefreshToken", "****").doesNotContain("pit-1");
        assertThat(new AccessToken("access-pit-1").toString()).contains("AccessToken", "****")
                .doesNotContain("pit-1");
    }
}
