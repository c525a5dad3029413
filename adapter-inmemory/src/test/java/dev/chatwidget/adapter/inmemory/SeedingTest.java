package dev.chatwidget.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.domain.settings.WidgetLocale;
import dev.chatwidget.core.domain.settings.WidgetSettings;
import dev.chatwidget.core.error.NotFound;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seeding stores what API writes cannot make, and rule 1 still holds afterwards. */
class SeedingTest {

    private static final LocationId LOCATION = LocationId.of("seedLocation00000001");

    private final InMemoryFake fake = InMemoryFake.create();
    private final ChatWidgetGateway gateway = fake.gateway();

    @Test
    void seeds_any_chat_type_and_creation_source_and_reads_them_back() {
        List<ChatType> types = List.of(ChatType.WA_CHAT, ChatType.VOICE_AI_CHAT, ChatType.ALL_IN_ONE_CHAT,
                ChatType.FACEBOOK_CHAT, ChatType.INSTAGRAM_CHAT, ChatType.of("hologramChat"));
        for (ChatType type : types) {
            ChatWidget seeded = fake.seed(SeedWidget.of(LOCATION, type, "seeded " + type)
                    .withCreationSource("import:" + type).withUpdatedBy("user-1").withVersion(2));

            ChatWidget read = gateway.get(LOCATION, seeded.id()).get();

            assertThat(read).as("a seeded %s widget read back", type).isEqualTo(seeded);
            assertThat(read.chatType()).as("chatType of a seeded widget").isEqualTo(type);
            assertThat(read.creationSource()).as("creationSource of a seeded widget").contains("import:" + type);
        }
        assertThat(gateway.list(ListQuery.of(LOCATION)).get().totalCount()).as("seeded widgets listed")
                .isEqualTo(types.size());
    }

    @Test
    void seeded_id_and_created_at_are_kept() {
        WidgetId id = WidgetId.of("SeededId000000000001");
        Instant createdAt = Instant.parse("2023-06-01T08:00:00Z");

        ChatWidget seeded = fake.seed(SeedWidget.of(LOCATION, ChatType.LIVE_CHAT, "w").withId(id).withCreatedAt(createdAt));

        assertThat(seeded.id()).as("seeded id").isEqualTo(id);
        assertThat(seeded.createdAt()).as("seeded createdAt").isEqualTo(createdAt);
        assertThat(gateway.get(LOCATION, id).get().createdAt()).as("createdAt read back").isEqualTo(createdAt);
    }

    @Test
    void first_seeded_widget_becomes_default_and_a_seeded_default_demotes_the_old_one() {
        ChatWidget first = fake.seed(SeedWidget.of(LOCATION, ChatType.WA_CHAT, "first"));
        assertThat(first.isDefault()).as("the first seeded widget, not asked to be default").isTrue();

        ChatWidget second = fake.seed(SeedWidget.of(LOCATION, ChatType.VOICE_AI_CHAT, "second").asDefault());

        assertThat(second.isDefault()).as("a widget seeded as default").isTrue();
        assertThat(gateway.get(LOCATION, first.id()).get().isDefault()).as("the old default").isFalse();
        assertThat(defaults()).as("defaults after seeding a default").containsExactly(second.id());
    }

    @Test
    void a_widget_seeded_as_deleted_is_stored_but_invisible() {
        ChatWidget live = fake.seed(SeedWidget.of(LOCATION, ChatType.LIVE_CHAT, "live"));
        ChatWidget deleted = fake.seed(SeedWidget.of(LOCATION, ChatType.EMAIL_CHAT, "deleted").asDeleted().asDefault());

        assertThat(gateway.get(LOCATION, deleted.id()).getLeft()).as("get of a seeded deleted widget")
                .isInstanceOf(NotFound.class);
        assertThat(fake.stored(LOCATION, deleted.id())).as("the seeded deleted widget in storage")
                .hasValueSatisfying(w -> assertThat(w.deleted()).isTrue());
        assertThat(fake.stored(LOCATION, deleted.id()).orElseThrow().isDefault()).as("a deleted widget is never default")
                .isFalse();
        assertThat(defaults()).as("defaults after seeding a deleted default").containsExactly(live.id());
    }

    @Test
    void seeded_settings_are_kept_whole() {
        WidgetSettings settings = WidgetSettings.EMPTY.withHeading("hi").withLocale(WidgetLocale.of("xx-FUTURE"));

        ChatWidget seeded = fake.seed(SeedWidget.of(LOCATION, ChatType.ALL_IN_ONE_CHAT, "aio").withSettings(settings));

        assertThat(gateway.get(LOCATION, seeded.id()).get().settings()).as("seeded settings").isEqualTo(settings);
    }

    private List<WidgetId> defaults() {
        return gateway.list(ListQuery.of(LOCATION)).get().items().stream().filter(WidgetSummary::isDefault)
                .map(WidgetSummary::id).toList();
    }
}
