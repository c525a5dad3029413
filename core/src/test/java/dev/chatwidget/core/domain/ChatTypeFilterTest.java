package dev.chatwidget.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A list filter is one chat type or the webChat umbrella, which stands for four types. */
class ChatTypeFilterTest {

    @Test
    void webChat_filter_expands_to_four_types() {
        ChatTypeFilter web = ChatTypeFilter.of("webChat");

        assertThat(web).isSameAs(ChatTypeFilter.WEB_CHAT);
        assertThat(web.types()).containsExactlyInAnyOrder(ChatType.FACEBOOK_CHAT, ChatType.EMAIL_CHAT,
                ChatType.INSTAGRAM_CHAT, ChatType.WA_CHAT);
        assertThat(ChatType.KNOWN.stream().filter(web::matches)).containsExactlyInAnyOrderElementsOf(web.types());
        assertThat(web.matches(ChatType.of("webChat"))).isFalse();
        assertThat(web.wireValue()).isEqualTo("webChat");
        assertThat(web.toString()).isEqualTo("webChat");
    }

    @Test
    void any_other_value_filters_exactly_that_type() {
        ChatTypeFilter live = ChatTypeFilter.of("liveChat");

        assertThat(live).isEqualTo(ChatTypeFilter.only(ChatType.LIVE_CHAT));
        assertThat(live.types()).containsExactly(ChatType.LIVE_CHAT);
        assertThat(ChatType.KNOWN.stream().filter(live::matches)).containsExactly(ChatType.LIVE_CHAT);
        assertThat(live.wireValue()).isEqualTo("liveChat");
        assertThat(live.toString()).isEqualTo("liveChat");
    }

    @Test
    void an_unknown_filter_value_is_kept() {
        ChatTypeFilter future = ChatTypeFilter.of("futureChat");

        assertThat(future.wireValue()).isEqualTo("futureChat");
        assertThat(future.matches(ChatType.of("futureChat"))).isTrue();
        assertThat(future.matches(ChatType.LIVE_CHAT)).isFalse();
    }

    @Test
    void only_needs_a_type() {
        assertThatThrownBy(() -> ChatTypeFilter.only(null)).isInstanceOf(NullPointerException.class);
    }
}
