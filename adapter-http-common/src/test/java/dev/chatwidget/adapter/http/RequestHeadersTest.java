package dev.chatwidget.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.port.out.TokenProvider;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestHeadersTest {

    final RequestHeaders headers = new RequestHeaders(HttpConfig.builder(TokenProvider.fixed("unused"))
            .baseUri("http://localhost:1").apiVersion("2021-07-28").userAgentSuffix("my-app/2").build());

    static String authorization(List<Header> headers) {
        return headers.stream().filter(h -> h.name().equals("Authorization")).findFirst().orElseThrow().value();
    }

    @Test
    void a_call_with_a_token_and_a_body_sends_the_bearer_token_and_the_json_content_type() {
        assertThat(headers.forCall(Optional.of(new AccessToken("tok-1")), true)).extracting(Header::name, Header::value)
                .containsExactly(tuple("Authorization", "Bearer tok-1"),
                        tuple("Version", "2021-07-28"),
                        tuple("Accept", "application/json"),
                        tuple("Content-Type", "application/json"),
                        tuple("User-Agent", UserAgent.of(Optional.of("my-app/2"))));
    }

    @Test
    void a_call_without_a_body_sends_no_content_type() {
        assertThat(headers.forCall(Optional.of(new AccessToken("tok-1")), false)).extracting(Header::name)
                .containsExactly("Authorization", "Version", "Accept", "User-Agent");
    }

    @Test
    void a_call_without_a_token_sends_no_authorization() {
        assertThat(headers.forCall(Optional.empty(), true)).extracting(Header::name)
                .containsExactly("Version", "Accept", "Content-Type", "User-Agent");
        assertThat(headers.forCall(Optional.empty(), false)).extracting(Header::name)
                .containsExactly("Version", "Accept", "User-Agent");
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

    @Test
    void calls_with_the_same_token_share_one_list_of_headers_and_a_new_token_gets_its_own() {
        List<Header> first = headers.forCall(Optional.of(new AccessToken("tok-a")), false);

        assertThat(headers.forCall(Optional.of(new AccessToken("tok-a")), false)).isSameAs(first);
        assertThat(headers.forCall(Optional.of(new AccessToken("tok-a")), true)).isNotSameAs(first)
                .isSameAs(headers.forCall(Optional.of(new AccessToken("tok-a")), true));
        assertThat(headers.forCall(Optional.empty(), false)).isSameAs(headers.forCall(Optional.empty(), false));
        List<Header> other = headers.forCall(Optional.of(new AccessToken("tok-b")), false);
        assertThat(other).isNotSameAs(first);
        assertThat(authorization(other)).isEqualTo("Bearer tok-b");
    }
}
