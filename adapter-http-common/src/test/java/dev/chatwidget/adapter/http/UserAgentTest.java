package dev.chatwidget.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UserAgentTest {

    @Test
    void the_version_is_the_one_maven_filtered_into_the_resource() {
        assertThat(UserAgent.VERSION).isNotBlank().isNotEqualTo("dev").doesNotStartWith("${");
        assertThat(UserAgent.of(Optional.empty())).isEqualTo("chat-widget-java/" + UserAgent.VERSION);
    }

    @Test
    void a_suffix_follows_after_one_space_and_a_blank_one_is_left_out() {
        assertThat(UserAgent.of(Optional.of("my-app/2"))).isEqualTo("chat-widget-java/" + UserAgent.VERSION
                + " my-app/2");
        assertThat(UserAgent.of(Optional.of("  "))).isEqualTo("chat-widget-java/" + UserAgent.VERSION);
    }
}
