package dev.chatwidget.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.CreationSource;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetSummary;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code creationSource}: widgets say where they were made, the API stamps {@code public-api} on what it makes, and
 * the list filters {@code creationSource} and {@code excludeCreationSource} keep or drop widgets by it (the set of
 * values is open; a widget without one is never "made that way").
 */
public interface CreationSourceContract extends GatewayContractHooks {

    CreationSource IMPORTED = CreationSource.of("import-2027");

    private static List<WidgetId> ids(Scenario s, ListQuery query) {
        return s.listAll(query).stream().map(WidgetSummary::id).toList();
    }

    /** Seeds one live widget per source (and one without); ids in list order: chat-widget, snapshot, unknown, none. */
    private static List<WidgetId> seedSources(Scenario s) {
        WidgetId builder = s.seed(s.seedOf(ChatType.LIVE_CHAT, "builder")
                .withCreationSource(CreationSource.CHAT_WIDGET.wireValue())).id();
        WidgetId snapshot = s.seed(s.seedOf(ChatType.EMAIL_CHAT, "snapshot")
                .withCreationSource(CreationSource.SNAPSHOT.wireValue())).id();
        WidgetId imported = s.seed(s.seedOf(ChatType.LIVE_CHAT, "imported").withCreationSource(IMPORTED.wireValue())).id();
        WidgetId none = s.seed(s.seedOf(ChatType.LIVE_CHAT, "no source")).id();
        return List.of(builder, snapshot, imported, none);
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void widgets_created_or_cloned_through_the_api_carry_public_api() {
        Scenario s = scenario();
        ChatWidget created = s.create("made by the api");
        ChatWidget clone = ContractAssertions.ok(s.cloneOf(created.id()), "clone");

        assertThat(created.creationSource()).as("creationSource create answers").contains("public-api");
        assertThat(s.fetch(clone.id()).creationSource()).as("creationSource of a clone").contains("public-api");
        assertThat(s.listAll()).extracting(WidgetSummary::creationSource).as("creationSource in list items")
                .containsOnly(java.util.Optional.of("public-api"));
        assertThat(ids(s, s.query().withCreationSource(CreationSource.PUBLIC_API)))
                .as("creationSource=public-api").containsExactlyInAnyOrder(created.id(), clone.id());
    }

    @Test
    default void creation_source_filter_keeps_only_widgets_made_that_way_unknown_values_included() {
        Scenario s = scenario();
        s.require(GatewayCapability.SEEDING);
        List<WidgetId> seeded = seedSources(s);

        assertThat(ids(s, s.query().withCreationSource(CreationSource.CHAT_WIDGET))).as("creationSource=chat-widget")
                .containsExactly(seeded.get(0));
        assertThat(ids(s, s.query().withCreationSource(CreationSource.SNAPSHOT))).as("creationSource=snapshot")
                .containsExactly(seeded.get(1));
        assertThat(ids(s, s.query().withCreationSource(IMPORTED))).as("creationSource=%s", IMPORTED)
                .containsExactly(seeded.get(2));
        assertThat(ids(s, s.query().withCreationSource(CreationSource.A2P_COMPLIANCE)))
                .as("creationSource=a2pCompliance").isEmpty();
        assertThat(s.list(s.query().withCreationSource(CreationSource.CHAT_WIDGET)).totalCount())
                .as("totalCount of creationSource=chat-widget").isEqualTo(1);
    }

    @Test
    default void exclude_creation_source_drops_widgets_made_that_way_and_keeps_those_without_one() {
        Scenario s = scenario();
        s.require(GatewayCapability.SEEDING);
        List<WidgetId> seeded = seedSources(s);

        assertThat(ids(s, s.query().withExcludeCreationSource(CreationSource.SNAPSHOT)))
                .as("excludeCreationSource=snapshot").containsExactly(seeded.get(0), seeded.get(2), seeded.get(3));
        assertThat(ids(s, s.query().withExcludeCreationSource(IMPORTED))).as("excludeCreationSource=%s", IMPORTED)
                .containsExactly(seeded.get(0), seeded.get(1), seeded.get(3));
        assertThat(s.list(s.query().withExcludeCreationSource(CreationSource.SNAPSHOT)).totalCount())
                .as("totalCount of excludeCreationSource=snapshot").isEqualTo(3);
    }

    @Test
    default void creation_source_filters_combine_with_chat_type_and_each_other() {
        Scenario s = scenario();
        s.require(GatewayCapability.SEEDING);
        List<WidgetId> seeded = seedSources(s);

        assertThat(ids(s, s.query().withChatType(ChatType.LIVE_CHAT).withExcludeCreationSource(IMPORTED)))
                .as("chatType=liveChat AND excludeCreationSource=%s", IMPORTED)
                .containsExactly(seeded.get(0), seeded.get(3));
        assertThat(ids(s, s.query().withChatType(ChatType.EMAIL_CHAT).withCreationSource(CreationSource.CHAT_WIDGET)))
                .as("chatType=emailChat AND creationSource=chat-widget").isEmpty();
        assertThat(ids(s, s.query().withCreationSource(CreationSource.SNAPSHOT)
                .withExcludeCreationSource(CreationSource.SNAPSHOT))).as("the same source kept and dropped").isEmpty();
        assertThat(s.list(s.query().withCreationSource(CreationSource.CHAT_WIDGET).withLimit(1).withOffset(1)).items())
                .as("a page past the only match").isEmpty();
    }
}
