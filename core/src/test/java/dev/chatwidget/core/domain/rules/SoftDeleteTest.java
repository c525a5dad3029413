package dev.chatwidget.core.domain.rules;

import static dev.chatwidget.core.domain.LocationScenario.LOCATION;
import static dev.chatwidget.core.domain.LocationScenario.T0;
import static dev.chatwidget.core.domain.LocationScenario.stored;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatTypeFilter;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.CloneRequest;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationScenario;
import dev.chatwidget.core.domain.LocationWidgets;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.domain.settings.WidgetSettings;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.NotFound;
import io.vavr.control.Either;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Rule 3: a deleted widget keeps its data, leaves every list, and is not found by any operation. */
class SoftDeleteTest {

    private final LocationScenario scenario = new LocationScenario();

    @Test
    void deleted_widget_keeps_its_data_with_deleted_true() {
        ChatWidget kept = scenario.create("keep");
        ChatWidget doomed = scenario.create(LocationScenario.newWidget("doomed")
                .withSettings(WidgetSettings.EMPTY.withHeading("Hello")).withDefault(true));

        ChatWidget tombstone = scenario.delete(doomed.id()).get();

        assertThat(tombstone.deleted()).isTrue();
        assertThat(tombstone.isDefault()).isFalse();
        assertThat(tombstone.updatedAt()).isEqualTo(scenario.now());
        assertThat(tombstone).usingRecursiveComparison().ignoringFields("deleted", "isDefault", "updatedAt")
                .isEqualTo(doomed);
        assertThat(scenario.state().stored(doomed.id())).contains(tombstone);
        assertThat(scenario.state().defaultWidget().map(ChatWidget::id)).contains(kept.id());
    }

    @Test
    void deleted_widget_leaves_every_list() {
        ChatWidget live = scenario.create("live");
        ChatWidget doomed = scenario.create(LocationScenario.newWidget("doomed").withDefault(true));
        scenario.delete(doomed.id());
        LocationWidgets state = scenario.state();

        for (ListQuery query : List.of(ListQuery.of(LOCATION), ListQuery.of(LOCATION).withChatType(ChatType.LIVE_CHAT),
                ListQuery.of(LOCATION).withExcludeChatType(ChatType.EMAIL_CHAT),
                ListQuery.of(LOCATION).withChatType(ChatTypeFilter.only(ChatType.LIVE_CHAT)).withLimit(100))) {
            assertThat(state.list(query).items()).extracting(WidgetSummary::id).containsExactly(live.id());
            assertThat(state.list(query).totalCount()).isEqualTo(1);
        }
        assertThat(state.liveWidgets()).extracting(ChatWidget::id).containsExactly(live.id());
    }

    @Test
    void deleted_widget_answers_not_found_to_get_replace_patch_delete_and_clone() {
        scenario.create("other");
        ChatWidget doomed = scenario.create("doomed");
        scenario.delete(doomed.id());

        assertNotFoundWithoutChange(doomed.id(), id -> scenario.state().get(id));
        assertNotFoundWithoutChange(doomed.id(), id -> scenario.replace(id, WidgetUpdate.none().withName("x")));
        assertNotFoundWithoutChange(doomed.id(), id -> scenario.patch(id, WidgetUpdate.none().withDefault(true)));
        assertNotFoundWithoutChange(doomed.id(), scenario::delete);
        assertNotFoundWithoutChange(doomed.id(), id -> scenario.cloneOf(CloneRequest.of(LOCATION, id)));
    }

    @Test
    void unknown_widget_answers_not_found_to_every_operation() {
        scenario.create("other");

        assertNotFoundWithoutChange(WidgetId.of("missing"), id -> scenario.state().get(id));
        assertNotFoundWithoutChange(WidgetId.of("missing"), id -> scenario.patch(id, WidgetUpdate.none()));
        assertNotFoundWithoutChange(WidgetId.of("missing"), id -> scenario.replace(id, WidgetUpdate.none()));
        assertNotFoundWithoutChange(WidgetId.of("missing"), scenario::delete);
        assertNotFoundWithoutChange(WidgetId.of("missing"), id -> scenario.cloneOf(CloneRequest.of(LOCATION, id)));
    }

    @Test
    void visible_lets_only_live_widgets_through() {
        ChatWidget live = stored("a1", ChatType.LIVE_CHAT, T0);

        assertThat(SoftDelete.visible(live.id(), live).get()).isSameAs(live);
        assertThat(SoftDelete.visible(live.id(), live.withDeleted(T0)).getLeft().message()).contains("a1");
        assertThat(SoftDelete.visible(WidgetId.of("none"), null).getLeft().status()).isEqualTo(404);
    }

    @Test
    void a_deleted_widget_keeps_everything_but_the_default_flag() {
        ChatWidget widget = stored("a1", ChatType.EMAIL_CHAT, T0).withDefault(true, T0);

        ChatWidget tombstone = widget.withDeleted(T0.plusSeconds(60));

        assertThat(tombstone).isEqualTo(new ChatWidget(widget.id(), widget.locationId(), widget.version(),
                widget.chatType(), widget.name(), true, false, widget.settings(), widget.creationSource(),
                widget.updatedBy(), widget.originId(), widget.createdAt(), T0.plusSeconds(60)));
        assertThat(tombstone.isLive()).isFalse();
    }

    private void assertNotFoundWithoutChange(WidgetId id,
                                             Function<WidgetId, Either<ChatWidgetError, ChatWidget>> operation) {
        LocationWidgets before = scenario.state();
        assertThat(operation.apply(id).getLeft()).isInstanceOfSatisfying(NotFound.class,
                notFound -> assertThat(notFound.status()).isEqualTo(404));
        assertThat(scenario.state()).isSameAs(before);
    }
}
