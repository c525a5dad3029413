package dev.chatwidget.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HeaderTest {

    @ParameterizedTest
    @ValueSource(strings = {"a\r\nX-Injected: 1", "a\nb", "a\rb", "nul\u0000", "del\u007f", "tab\there", "é", " lead",
            "trail "})
    void header_values_with_line_breaks_control_or_non_ascii_characters_are_refused(String value) {
        assertThatThrownBy(() -> new Header("User-Agent", value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("User-Agent");
    }

    @Test
    void printable_ascii_with_inner_spaces_is_accepted() {
        assertThat(new Header("User-Agent", "chat-widget-java/1.0 my-app/2 (+x)").value())
                .isEqualTo("chat-widget-java/1.0 my-app/2 (+x)");
        assertThat(new Header("X-Range", "!~").value()).isEqualTo("!~");
    }

    @Test
    void the_authorization_value_never_shows_in_to_string() {
        Header authorization = new Header("Authorization", "Bearer s3cr3t");
        TransportRequest request = new TransportRequest("GET", URI.create("http://localhost/x"),
                List.of(authorization, new Header("Version", "v3")), Optional.of(new byte[] {1}), Duration.ofSeconds(1),
                Duration.ofSeconds(1));

        assertThat(authorization.toString()).doesNotContain("s3cr3t");
        assertThat(request.toString()).doesNotContain("s3cr3t").contains("Version: v3");
    }

    @Test
    void the_user_agent_names_the_library_and_its_version() {
        assertThat(UserAgent.of(Optional.empty())).matches("chat-widget-java/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(UserAgent.of(Optional.of("my-app/2"))).endsWith(" my-app/2");
    }
}
