package dev.chatwidget.core.domain;

import static dev.chatwidget.core.domain.LocationScenario.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatwidget.core.domain.settings.WidgetSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The value records: absent optionals become empty, collections are copied, required parts are checked. */
class DomainValuesTest {

    private static final LocationId LOCATION = LocationId.of("loc");

    @Test
    void list_query_starts_at_the_first_page_of_everything_and_copies_each_change() {
        ListQuery first = ListQuery.of(LOCATION);
        List<ChatTypeFilter> types = new ArrayList<>(List.of(ChatTypeFilter.WEB_CHAT));
        ListQuery filtered = first.withOffset(5).withLimit(7).withChatType(ChatType.ALL_IN_ONE_CHAT)
                .withAllInOneChatTypes(types);
        types.clear();

        assertThat(first).isEqualTo(new ListQuery(LOCATION, 0, ListQuery.DEFAULT_LIMIT, null, null, null, null));
        assertThat(filtered.offset()).isEqualTo(5);
        assertThat(filtered.limit()).isEqualTo(7);
        assertThat(filtered.chatType()).contains(ChatTypeFilter.only(ChatType.ALL_IN_ONE_CHAT));
        assertThat(filtered.allInOneChatTypes()).containsExactly(ChatTypeFilter.WEB_CHAT);
        assertThat(first.chatType()).isEmpty();
        assertThatThrownBy(() -> ListQuery.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void request_bodies_treat_missing_optionals_as_not_named() {
        assertThat(new WidgetUpdate(null, null, null, null, null)).isEqualTo(WidgetUpdate.none());
        assertThat(new NewWidget(LOCATION, 3, ChatType.LIVE_CHAT, "n", null, null, null))
                .isEqualTo(NewWidget.of(LOCATION, ChatType.LIVE_CHAT, "n"));
        assertThat(new CloneRequest(LOCATION, WidgetId.of("s"), null).name()).isEmpty();
        assertThat(CloneRequest.of(LOCATION, WidgetId.of("s")).withName("x").name()).contains("x");
        assertThat(WidgetUpdate.none().withVersion(2).withName("n").withChatType(ChatType.EMAIL_CHAT)
                .withDefault(true).withSettings(WidgetSettings.EMPTY)).isEqualTo(new WidgetUpdate(Optional.of(2),
                Optional.of(ChatType.EMAIL_CHAT), Optional.of("n"), Optional.of(true), Optional.of(WidgetSettings.EMPTY)));
    }

    @Test
    void a_widget_needs_its_identity_and_defaults_the_rest() {
        ChatWidget widget = new ChatWidget(WidgetId.of("w"), LOCATION, 2, ChatType.LIVE_CHAT, "n", false, true, null,
                null, null, null, T0, T0);

        assertThat(widget.settings()).isEqualTo(WidgetSettings.EMPTY);
        assertThat(widget.creationSource()).isEmpty();
        assertThat(widget.originId()).isEmpty();
        assertThat(widget.isLive()).isTrue();
        assertThatThrownBy(() -> new ChatWidget(WidgetId.of("w"), LOCATION, 2, ChatType.LIVE_CHAT, null, false, false,
                null, null, null, null, T0, T0)).isInstanceOf(NullPointerException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> new ChatWidget(WidgetId.of("w"), LOCATION, 2, ChatType.LIVE_CHAT, "n", false, false,
                null, null, null, null, null, T0)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("createdAt");
    }

    @Test
    void public_config_is_the_public_projection_of_a_widget() {
        ChatWidget widget = new ChatWidget(WidgetId.of("w"), LOCATION, 2, ChatType.EMAIL_CHAT, "n", false, true,
                WidgetSettings.EMPTY.withHeading("Hi"), Optional.of("src"), Optional.of("user"), Optional.empty(), T0, T0);

        assertThat(PublicConfig.of(widget)).isEqualTo(new PublicConfig(widget.id(), LOCATION, ChatType.EMAIL_CHAT, 2,
                "n", WidgetSettings.EMPTY.withHeading("Hi")));
        assertThat(new Deleted(LOCATION, widget.id()).id()).isEqualTo(widget.id());
    }

    @Test
    void daily_quota_is_exhausted_only_when_reported_as_used_up() {
        RateLimits none = new RateLimits(null, null, null, null, null);
        RateLimits left = new RateLimits(OptionalLong.of(100), OptionalLong.of(3), Optional.of(Duration.ofSeconds(10)),
                OptionalLong.of(200_000), OptionalLong.of(1));
        RateLimits used = new RateLimits(null, null, null, OptionalLong.of(200_000), OptionalLong.of(0));

        assertThat(none).isEqualTo(RateLimits.NONE);
        assertThat(none.dailyExhausted()).isFalse();
        assertThat(left.dailyExhausted()).isFalse();
        assertThat(used.dailyExhausted()).isTrue();
    }
}
