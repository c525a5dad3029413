package dev.chatwidget.core.domain.rules;

import static dev.chatwidget.core.domain.LocationScenario.LOCATION;
import static dev.chatwidget.core.domain.LocationScenario.T0;
import static dev.chatwidget.core.domain.LocationScenario.stored;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.CreationSource;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationScenario;
import dev.chatwidget.core.domain.WidgetSummary;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** creationSource keeps only the widgets made by that source; excludeCreationSource keeps all the others. */
class CreationSourceFilterTest {

    private static final ListQuery ALL = ListQuery.of(LOCATION).withLimit(100);

    private final LocationScenario scenario = new LocationScenario();

    @BeforeEach
    void seedOnePerSource() {
        seed("by-widget", Optional.of("chat-widget"), 1);
        seed("by-api", Optional.of("public-api"), 2);
        seed("by-nobody", Optional.empty(), 3);
        seed("by-api-too", Optional.of("public-api"), 4);
    }

    @Test
    void creation_source_keeps_only_that_sources_widgets() {
        assertThat(names(ALL.withCreationSource(CreationSource.PUBLIC_API)))
                .containsExactly("widget by-api", "widget by-api-too");
        assertThat(names(ALL.withCreationSource(CreationSource.CHAT_WIDGET))).containsExactly("widget by-widget");
        assertThat(scenario.state().list(ALL.withCreationSource(CreationSource.PUBLIC_API).withOffset(1)).totalCount())
                .isEqualTo(2);
    }

    @Test
    void exclude_creation_source_keeps_every_other_widget_including_those_without_a_source() {
        assertThat(names(ALL.withExcludeCreationSource(CreationSource.PUBLIC_API)))
                .containsExactly("widget by-widget", "widget by-nobody");
        assertThat(names(ALL.withVoiceAiAgentId("none").withExcludeCreationSource(CreationSource.PUBLIC_API)))
                .isEmpty();
    }

    @Test
    void creation_source_combines_with_the_chat_type_filter() {
        assertThat(names(ALL.withChatType(ChatType.LIVE_CHAT).withCreationSource(CreationSource.PUBLIC_API)))
                .containsExactly("widget by-api");
        assertThat(names(ALL.withChatType(ChatType.LIVE_CHAT).withExcludeCreationSource(CreationSource.CHAT_WIDGET)))
                .containsExactly("widget by-api", "widget by-nobody");
    }

    private void seed(String id, Optional<String> source, int second) {
        ChatWidget base = stored(id, second == 4 ? ChatType.EMAIL_CHAT : ChatType.LIVE_CHAT, T0.plusSeconds(second));
        scenario.seed(new ChatWidget(base.id(), base.locationId(), base.version(), base.chatType(), base.name(),
                false, false, base.settings(), source, Optional.empty(), Optional.empty(), base.createdAt(),
                base.updatedAt()));
    }

    private List<String> names(ListQuery query) {
        return scenario.state().list(query).items().stream().map(WidgetSummary::name).toList();
    }
}
