package dev.chatwidget.adapter.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.auth.AccessToken;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenEchoTest {

    static final Optional<AccessToken> TOKEN = Optional.of(new AccessToken("tok-123"));

    static String head(String text, boolean goesOn) {
        return new String(TokenEcho.maskedHead(text.getBytes(UTF_8), goesOn, TOKEN), UTF_8);
    }

    @Test
    void every_whole_token_is_masked_wherever_it_is() {
        assertThat(new String(TokenEcho.masked("tok-123 and tok-123".getBytes(UTF_8), TOKEN), UTF_8))
                .isEqualTo("**** and ****");
        assertThat(new String(TokenEcho.masked("ends with tok-123".getBytes(UTF_8), TOKEN), UTF_8))
                .isEqualTo("ends with ****");
        assertThat(new String(TokenEcho.masked("tok-12 is not it".getBytes(UTF_8), TOKEN), UTF_8))
                .isEqualTo("tok-12 is not it");
        assertThat(TokenEcho.masked("a tok-123", TOKEN)).isEqualTo("a ****");
        assertThat(TokenEcho.masked("a tok-123", Optional.empty())).isEqualTo("a tok-123");
    }

    @Test
    void a_head_cut_inside_the_token_loses_the_token_s_start() {
        assertThat(head("seen: tok-1", true)).isEqualTo("seen: ");
        assertThat(head("seen: t", true)).isEqualTo("seen: ");
        assertThat(head("seen: tok-12", true)).isEqualTo("seen: ");
    }

    @Test
    void a_head_that_is_the_whole_body_or_ends_elsewhere_is_kept() {
        assertThat(head("seen: tok-1", false)).as("the whole body: tok-1 is not the token").isEqualTo("seen: tok-1");
        assertThat(head("seen: nothing", true)).isEqualTo("seen: nothing");
        assertThat(head("tok-123 then x", true)).isEqualTo("**** then x");
        assertThat(head("", true)).isEmpty();
        assertThat(TokenEcho.maskedHead("tok-1".getBytes(UTF_8), true, Optional.empty())).isEqualTo("tok-1".getBytes(UTF_8));
    }
}
