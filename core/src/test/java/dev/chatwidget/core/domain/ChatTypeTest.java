package dev.chatwidget.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Chat types are an open set: seven known constants, and any other wire value kept as it was read. */
class ChatTypeTest {

    static final List<String> DOCUMENTED = List.of("liveChat", "waChat", "emailChat", "allInOneChat",
            "voiceAiChat", "facebookChat", "instagramChat");

    @Test
    void of_returns_the_constant_for_each_documented_type() {
        assertThat(DOCUMENTED.stream().map(ChatType::of)).containsExactlyElementsOf(ChatType.KNOWN);
        assertThat(ChatType.of("liveChat")).isSameAs(ChatType.LIVE_CHAT);
        assertThat(ChatType.KNOWN).allMatch(ChatType::isKnown);
    }

    @Test
    void of_keeps_an_unknown_wire_value() {
        ChatType unknown = ChatType.of("telegramChat");

        assertThat(unknown.isKnown()).isFalse();
        assertThat(unknown.isWritable()).isFalse();
        assertThat(unknown.wireValue()).isEqualTo("telegramChat");
        assertThat(unknown.toString()).isEqualTo("telegramChat");
        assertThat(unknown).isEqualTo(ChatType.of("telegramChat"));
    }

    @Test
    void wire_values_are_case_sensitive() {
        assertThat(ChatType.of("LiveChat").isKnown()).isFalse();
        assertThat(ChatType.of("LiveChat")).isNotEqualTo(ChatType.LIVE_CHAT);
    }

    @Test
    void only_live_chat_and_email_chat_are_writable() {
        assertThat(ChatType.WRITABLE).containsExactlyInAnyOrder(ChatType.LIVE_CHAT, ChatType.EMAIL_CHAT);
        assertThat(ChatType.KNOWN.stream().filter(ChatType::isWritable))
                .containsExactlyInAnyOrder(ChatType.LIVE_CHAT, ChatType.EMAIL_CHAT);
    }

    @Test
    void a_blank_or_missing_wire_value_is_not_a_chat_type() {
        assertThatThrownBy(() -> ChatType.of("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chatType");
        assertThatThrownBy(() -> ChatType.of("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChatType.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("chatType");
    }
}
