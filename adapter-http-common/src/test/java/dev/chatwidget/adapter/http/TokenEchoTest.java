package dev.chatwidget.adapter.http;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.auth.AccessToken;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenEchoTest {

    final AccessToken token = new AccessToken("tok-123");

    static final Optional<AccessToken> TOKEN = Optional.of(new AccessToken("tok-123"));

    static String head(String text, boolean goesOn) {
        return new String(TokenEcho.maskedHead(text.getBytes(UTF_8), goesOn, TOKEN), UTF_8);
    }

    static String masked(String body, AccessToken token) {
        return new String(TokenEcho.masked(body.getBytes(US_ASCII), token), US_ASCII);
    }

    @Test
    void every_echo_of_the_token_is_masked_wherever_it_stands() {
        assertThat(masked("tok-123", token)).isEqualTo("****");
        assertThat(masked("tok-123 was sent", token)).isEqualTo("**** was sent");
        assertThat(masked("you sent tok-123", token)).isEqualTo("you sent ****");
        assertThat(masked("a tok-123 b tok-123tok-123 c", token)).isEqualTo("a **** b ******** c");
    }

    @Test
    void a_body_without_the_token_is_returned_unchanged() {
        byte[] body = "tok-12 and ok-123 are not it".getBytes(US_ASCII);

        assertThat(TokenEcho.masked(body, token)).isSameAs(body);
        assertThat(TokenEcho.masked(new byte[0], token)).isEmpty();
        assertThat(masked("tok", token)).isEqualTo("tok");
    }

    @Test
    void without_a_token_nothing_is_masked() {
        byte[] body = "tok-123".getBytes(US_ASCII);

        assertThat(TokenEcho.masked(body, Optional.empty())).isSameAs(body);
        assertThat(TokenEcho.masked("tok-123", Optional.empty())).isEqualTo("tok-123");
    }

    @Test
    void text_is_masked_like_bodies() {
        assertThat(TokenEcho.masked("rejected tok-123 (tok-123)", Optional.of(token)))
                .isEqualTo("rejected **** (****)");
        assertThat(new String(TokenEcho.masked("x tok-123".getBytes(US_ASCII), Optional.of(token)), US_ASCII))
                .isEqualTo("x ****");
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
