package dev.chatwidget.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.port.out.TokenProvider;
import io.vavr.control.Either;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpConfigTest {

    final TokenProvider tokens = TokenProvider.fixed("secret-token-value");

    @Test
    void defaults_suit_the_real_service() {
        HttpConfig config = HttpConfig.builder(tokens).build();

        assertThat(config.baseUri()).isEqualTo(HttpConfig.DEFAULT_BASE_URI);
        assertThat(config.apiVersion()).isEqualTo("v3");
        assertThat(config.maxResponseBytes()).isEqualTo(4 * 1024 * 1024);
        assertThat(config.transportSettings()).isEqualTo(TransportSettings.defaults());
        assertThat(config.userAgentSuffix()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080", "http://127.0.0.1", "http://127.1.2.3:9", "http://[::1]:80",
            "https://example.test/prefix", "HTTP://LOCALHOST"})
    void https_or_a_loopback_host_is_accepted(String uri) {
        assertThat(HttpConfig.builder(tokens).baseUri(uri).build().baseUri()).isEqualTo(URI.create(uri));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.test", "http://10.0.0.1", "http://127.0.0.1.evil.test",
            "http://127.0.0.256", "http://localhost.evil.test", "ftp://localhost", "/relative",
            "https://user:pw@example.test", "https://example.test?x=1", "https://example.test#f"})
    void anything_else_is_refused_naming_the_field(String uri) {
        assertThatThrownBy(() -> HttpConfig.builder(tokens).baseUri(uri).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baseUri");
    }

    @Test
    void every_bad_value_is_refused_with_its_field_named() {
        assertThatThrownBy(() -> HttpConfig.builder(null).build()).hasMessageContaining("tokenProvider");
        assertThatThrownBy(() -> HttpConfig.builder(tokens).apiVersion(" ").build()).hasMessageContaining("apiVersion");
        assertThatThrownBy(() -> HttpConfig.builder(tokens).apiVersion("v3\r\nX-Evil: 1").build())
                .hasMessageContaining("apiVersion");
        assertThatThrownBy(() -> HttpConfig.builder(tokens).userAgentSuffix("me\nX-Evil: 1").build())
                .hasMessageContaining("userAgentSuffix");
        assertThatThrownBy(() -> HttpConfig.builder(tokens).connectTimeout(Duration.ZERO).build())
                .hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> HttpConfig.builder(tokens).responseTimeout(Duration.ofSeconds(-1)).build())
                .hasMessageContaining("responseTimeout");
        assertThatThrownBy(() -> HttpConfig.builder(tokens).maxConnections(0, 0).build())
                .hasMessageContaining("maxConnections");
        assertThatThrownBy(() -> HttpConfig.builder(tokens).maxConnections(5, 6).build())
                .hasMessageContaining("maxConnectionsPerRoute");
        assertThatThrownBy(() -> HttpConfig.builder(tokens).maxResponseBytes(0).build())
                .hasMessageContaining("maxResponseBytes");
        assertThatThrownBy(() -> HttpConfig.builder(tokens).baseUri("http://exa mple").build())
                .hasMessageContaining("baseUri");
    }

    @Test
    void without_a_token_provider_the_config_says_so_and_the_bare_gateway_refuses_it() {
        HttpConfig config = HttpConfig.builder().build();

        assertThat(config.tokenProvider()).isEmpty();
        assertThat(config.toString()).contains("tokenProvider=bound elsewhere");
        assertThat(HttpConfig.builder(tokens).build().tokenProvider()).contains(tokens);
        assertThatThrownBy(() -> new HttpChatWidgetGateway(config, new ScriptedTransport((request, aborted) -> {
            throw new IOException("never sent");
        }))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tokenProvider must be set");
    }

    @Test
    void transport_settings_are_checked_naming_the_field_and_set_at_once_in_the_builder() {
        TransportSettings settings = new TransportSettings(Duration.ofSeconds(1), Duration.ofSeconds(2), 8, 4);

        assertThat(HttpConfig.builder(tokens).transportSettings(settings).build().transportSettings())
                .isEqualTo(settings);
        assertThat(settings.withConnectTimeout(Duration.ofSeconds(3)).connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.withResponseTimeout(Duration.ofSeconds(4)).responseTimeout())
                .isEqualTo(Duration.ofSeconds(4));
        assertThat(settings.withMaxConnections(9, 9).maxConnectionsPerRoute()).isEqualTo(9);
        assertThatThrownBy(() -> settings.withConnectTimeout(null)).hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> settings.withResponseTimeout(Duration.ZERO)).hasMessageContaining("responseTimeout");
        assertThatThrownBy(() -> settings.withMaxConnections(0, 0)).hasMessageContaining("maxConnections");
        assertThatThrownBy(() -> settings.withMaxConnections(2, 3)).hasMessageContaining("maxConnectionsPerRoute");
        assertThatThrownBy(() -> HttpConfig.builder(tokens).transportSettings(null))
                .hasMessageContaining("transportSettings");
    }

    @Test
    void to_string_never_shows_the_token() {
        record LeakyProvider(String token) implements TokenProvider {
            @Override
            public Either<ChatWidgetError, AccessToken> token(Optional<LocationId> location) {
                return Either.right(new AccessToken(token));
            }
        }
        HttpConfig fixed = HttpConfig.builder(tokens).userAgentSuffix("app/1").build();
        HttpConfig leaky = HttpConfig.builder(new LeakyProvider("secret-token-value")).build();

        assertThat(fixed.toString()).doesNotContain("secret-token-value").contains("app/1", "v3");
        assertThat(leaky.toString()).doesNotContain("secret-token-value");
    }

    @Test
    void to_builder_copies_every_value() {
        HttpConfig config = HttpConfig.builder(tokens).baseUri("http://localhost:1").apiVersion("2021-07-28")
                .maxConnections(7, 3).userAgentSuffix("s").maxResponseBytes(99).build();

        assertThat(config.toBuilder().build()).isEqualTo(config);
    }
}
