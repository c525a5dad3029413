package dev.chatwidget.adapter.http.wire;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptsTest {

    @Test
    void whitespace_and_control_characters_become_single_spaces_between_words_only() {
        assertThat(Excerpts.of(" \n\t<html>\r\n  <body>\u0000nginx</body>\n", 100))
                .isEqualTo("<html> <body> nginx</body>");
    }

    @Test
    void a_long_body_is_cut_to_the_longest_excerpt_and_says_so() {
        String excerpt = Excerpts.of("x".repeat(10_000).getBytes(UTF_8));

        assertThat(excerpt).hasSize(Excerpts.MAX_LENGTH).endsWith("x…");
    }

    @Test
    void text_of_exactly_the_limit_is_kept_whole() {
        String text = "y".repeat(Excerpts.MAX_LENGTH);

        assertThat(Excerpts.of(text.getBytes(UTF_8))).isEqualTo(text);
        assertThat(Excerpts.of(text + "z", Excerpts.MAX_LENGTH)).hasSize(Excerpts.MAX_LENGTH).endsWith("y…");
    }

    @Test
    void nothing_gives_an_empty_excerpt() {
        assertThat(Excerpts.of(null)).isEmpty();
        assertThat(Excerpts.of(new byte[0])).isEmpty();
        assertThat(Excerpts.of(null, 10)).isEmpty();
        assertThat(Excerpts.of("", 10)).isEmpty();
    }

    @Test
    void bearer_tokens_json_secret_members_and_form_secrets_are_masked() {
        assertThat(Excerpts.of("Authorization: Bearer abc.def-ghi, then", 100))
                .isEqualTo("Authorization: Bearer ****, then");
        assertThat(Excerpts.of("{\"access_token\": \"abc.def\", \"refresh_token\":\"r1\", \"user\":\"ann\"}", 100))
                .isEqualTo("{\"access_token\": \"****\", \"refresh_token\":\"****\", \"user\":\"ann\"}");
        assertThat(Excerpts.of("grant_type=refresh&client_secret=s3cr3t&refresh_token=r1 done", 100))
                .isEqualTo("grant_type=refresh&client_secret=****&refresh_token=**** done");
    }

    @Test
    void prose_about_tokens_is_kept() {
        assertThat(Excerpts.of("the token: expired, my-token=kept", 100)).isEqualTo("the token: expired, my-token=kept");
    }
}
