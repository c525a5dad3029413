package dev.chatwidget.testkit.contract;

import static dev.chatwidget.testkit.contract.ContractAssertions.forbidden;
import static dev.chatwidget.testkit.contract.ContractAssertions.invalid;
import static dev.chatwidget.testkit.contract.ContractAssertions.notFound;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.CloneRequest;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetUpdate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Errors: 404 for unknown widgets, 422 for bad input and for writes of other chat types (rule 5), 403 without
 * access. Bad input goes to the gateway directly, bypassing the service's own checks: the adapter, or the server
 * behind it, must refuse it too. Every refusal leaves the location as it was.
 */
public interface ErrorContract extends GatewayContractHooks {

    /** Chat types a write must refuse: every known type but liveChat and emailChat, and an unknown one. */
    List<ChatType> NOT_WRITABLE = List.of(ChatType.WA_CHAT, ChatType.ALL_IN_ONE_CHAT, ChatType.VOICE_AI_CHAT,
            ChatType.FACEBOOK_CHAT, ChatType.INSTAGRAM_CHAT, ChatType.of("tiktokChat"));

    @Test
    @Tag(ContractTags.SAFE)
    default void unknown_widget_is_not_found_by_any_operation() {
        Scenario s = scenario();
        s.create("someone");
        WidgetId unknown = WidgetId.of(ContractIds.randomId());

        notFound(s.get(unknown), "get of an unknown widget");
        notFound(s.replace(unknown, WidgetUpdate.none().withName("x")), "replace of an unknown widget");
        notFound(s.patch(unknown, WidgetUpdate.none().withName("x")), "patch of an unknown widget");
        notFound(s.delete(unknown), "delete of an unknown widget");
        notFound(s.cloneOf(unknown), "clone of an unknown widget");
        if (s.has(GatewayCapability.PUBLIC_CONFIG)) {
            notFound(s.api().publicConfig(unknown, OptionalInt.empty()), "public config of an unknown widget");
        }
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void create_of_a_chat_type_other_than_live_chat_or_email_chat_is_refused() {
        Scenario s = scenario();
        for (ChatType type : NOT_WRITABLE) {
            invalid(s.api().create(NewWidget.of(s.location(), type, "a " + type)), "create of chatType " + type);
        }
        assertThat(s.list(s.query()).totalCount()).as("live widgets after refused creates").isZero();
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void replace_or_patch_to_a_chat_type_other_than_live_chat_or_email_chat_is_refused_and_changes_nothing() {
        Scenario s = scenario();
        ChatWidget widget = s.create(s.liveChat("stays live").withSettings(ContractSettings.rich()));
        for (ChatType type : NOT_WRITABLE) {
            invalid(s.replace(widget.id(), WidgetUpdate.none().withChatType(type).withName("x")), "replace to " + type);
            invalid(s.patch(widget.id(), WidgetUpdate.none().withChatType(type).withName("x")), "patch to " + type);
        }
        assertUnchanged(s, widget);
    }

    @Test
    default void patch_of_a_stored_widget_of_another_chat_type_is_refused() {
        Scenario s = scenario();
        s.require(GatewayCapability.SEEDING, GatewayCapability.MODEL_CHOICES);
        ChatWidget wa = s.seed(s.seedOf(ChatType.WA_CHAT, "whatsapp"));

        invalid(s.patch(wa.id(), WidgetUpdate.none().withName("renamed")), "patch of a stored waChat widget");
        invalid(s.replace(wa.id(), WidgetUpdate.none().withName("renamed")), "replace of a stored waChat widget");

        assertThat(s.fetch(wa.id()).name()).as("name of the waChat widget after refused writes").isEqualTo("whatsapp");
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void create_with_a_version_that_is_not_positive_is_refused() {
        Scenario s = scenario();
        invalid(s.api().create(s.liveChat("v0").withVersion(0)), "create with version 0");
        invalid(s.api().create(s.liveChat("v-1").withVersion(-1)), "create with version -1");
        assertThat(s.list(s.query()).totalCount()).as("live widgets after refused creates").isZero();
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void create_with_a_blank_or_overlong_name_is_refused_and_255_characters_are_accepted() {
        Scenario s = scenario();
        invalid(s.api().create(s.liveChat("")), "create with an empty name");
        invalid(s.api().create(s.liveChat("   ")), "create with a blank name");
        invalid(s.api().create(s.liveChat("n".repeat(256))), "create with a 256-character name");
        assertThat(s.list(s.query()).totalCount()).as("live widgets after refused creates").isZero();

        assertThat(s.create("n".repeat(255)).name()).as("a 255-character name").hasSize(255);
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void create_with_deleted_true_is_refused() {
        Scenario s = scenario();
        invalid(s.api().create(s.liveChat("born deleted").withDeleted(true)), "create with deleted: true");
        assertThat(s.list(s.query()).totalCount()).as("live widgets after a refused create").isZero();
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void update_with_a_blank_name_or_a_version_that_is_not_positive_is_refused_and_changes_nothing() {
        Scenario s = scenario();
        ChatWidget widget = s.create(s.liveChat("keeps its name").withSettings(ContractSettings.rich()));

        invalid(s.replace(widget.id(), WidgetUpdate.none().withName(" ")), "replace with a blank name");
        invalid(s.patch(widget.id(), WidgetUpdate.none().withName("")), "patch with an empty name");
        invalid(s.patch(widget.id(), WidgetUpdate.none().withName("n".repeat(256))), "patch with a 256-character name");
        invalid(s.replace(widget.id(), WidgetUpdate.none().withVersion(0).withName("new")), "replace with version 0");
        invalid(s.patch(widget.id(), WidgetUpdate.none().withVersion(-3)
                .withSettings(ContractSettings.heading("new"))), "patch with version -3");

        assertUnchanged(s, widget);
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void clone_with_a_blank_or_overlong_name_is_refused() {
        Scenario s = scenario();
        ChatWidget source = s.create("source");

        invalid(s.api().clone(CloneRequest.of(s.location(), source.id()).withName(" ")), "clone with a blank name");
        invalid(s.api().clone(CloneRequest.of(s.location(), source.id()).withName("n".repeat(256))),
                "clone with a 256-character name");

        assertThat(s.list(s.query()).totalCount()).as("live widgets after refused clones").isEqualTo(1);
    }

    @Test
    default void every_operation_on_a_location_without_access_is_forbidden() {
        Scenario s = scenario();
        s.require(GatewayCapability.ACCESS_POLICY);
        LocationId denied = s.forbiddenLocation();
        WidgetId any = WidgetId.of(ContractIds.randomId());

        forbidden(s.api().list(ListQuery.of(denied)), "list");
        forbidden(s.api().get(denied, any), "get");
        forbidden(s.api().replace(denied, any, WidgetUpdate.none().withName("x")), "replace");
        forbidden(s.api().patch(denied, any, WidgetUpdate.none().withName("x")), "patch");
        forbidden(s.api().delete(denied, any), "delete");
        forbidden(s.api().clone(CloneRequest.of(denied, any)), "clone");
        forbidden(s.api().create(NewWidget.of(denied, ChatType.LIVE_CHAT, "x")), "create");
    }

    private static void assertUnchanged(Scenario s, ChatWidget before) {
        ChatWidget after = s.fetch(before.id());
        assertThat(after.name()).as("name after refused writes").isEqualTo(before.name());
        assertThat(after.chatType()).as("chatType after refused writes").isEqualTo(before.chatType());
        assertThat(after.version()).as("version after refused writes").isEqualTo(before.version());
        assertThat(after.settings()).as("settings after refused writes").isEqualTo(before.settings());
        assertThat(after.isDefault()).as("default flag after refused writes").isEqualTo(before.isDefault());
        assertThat(after.updatedAt()).as("updatedAt after refused writes").isEqualTo(before.updatedAt());
    }
}
