package dev.chatwidget.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.port.out.TokenProvider;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestHeadersTest {

    final RequestHeaders headers = new RequestHeaders(HttpConfig.builder(TokenProvider.fixed("unused"))
            .apiVersion("2021-07-28").build());

    static List<String> names(List<Header> headers) {
        return headers.stream().map(Header::name).toList();
    }

    static String authorization(List<Header> headers) {
        return headers.stream().filter(h -> h.name().equals("Authorization")).findFirst().orElseThrow().value();
    }

    @Test
    void each_request_gets_the_headers_its_shape_needs() {
        Optional<AccessToken> token = Optional.of(new AccessToken("tok-a"));

        assertThat(names(headers.forCall(token, true)))
                .containsExactly("Authorization", "Version", "Accept", "Content-Type", "User-Agent");
        assertThat(names(headers.forCall(token, false))).containsExactly("Authorization", "Version", "Accept",
                "User-Agent");
        assertThat(names(headers.forCall(Optional.empty(), true))).containsExactly("Version", "Accept",
                "Content-Type", "User-Agent");
        assertThat(names(headers.forCall(Optional.empty(), false))).containsExactly("Version", "Accept",
                "User-Agent");
        assertThat(headers.forCall(Optional.empty(), false).get(0).value()).isEqualTo("2021-07-28");
    }

    @Test
    void the_bearer_header_follows_the_token_from_call_to_call() {
        Optional<AccessToken> first = Optional.of(new AccessToken("tok-a"));
        Optional<AccessToken> second = Optional.of(new AccessToken("tok-b"));

        assertThat(authorization(headers.forCall(first, false))).isEqualTo("Bearer tok-a");
        assertThat(authorization(headers.forCall(Optional.of(new AccessToken("tok-a")), true)))
                .isEqualTo("Bearer tok-a");
        assertThat(authorization(headers.forCall(second, false))).isEqualTo("Bearer tok-b");
        assertThat(authorization(headers.forCall(first, false))).isEqualTo("Bearer tok-a");
        assertThat(headers.forCall(first, false).get(0)).hasToString("Authorization: ****");
    }
}
