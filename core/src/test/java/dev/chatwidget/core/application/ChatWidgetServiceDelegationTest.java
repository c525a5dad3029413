package dev.chatwidget.core.application;

import static dev.chatwidget.core.application.RecordingGateway.LOCATION;
import static dev.chatwidget.core.application.RecordingGateway.WIDGET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatwidget.core.application.RecordingGateway.Call;
import dev.chatwidget.core.application.pipeline.CallPipeline;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.CloneRequest;
import dev.chatwidget.core.domain.Deleted;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.PublicConfig;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.domain.settings.WidgetSettings;
import dev.chatwidget.core.error.NotFound;
import dev.chatwidget.core.error.RateLimited;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import io.vavr.control.Either;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Valid input reaches the gateway exactly as given, and the gateway's answer comes back exactly as sent. */
class ChatWidgetServiceDelegationTest {

    private static final WidgetId ID = WidgetId.of("w1");

    private final RecordingGateway gateway = new RecordingGateway();
    private final ChatWidgetService service = new ChatWidgetService(gateway);

    @Test
    void valid_input_is_delegated_unchanged() {
        NewWidget create = NewWidget.of(LOCATION, ChatType.EMAIL_CHAT, "Mail").withDefault(true)
                .withSettings(WidgetSettings.EMPTY.withHeading("Hi"));
        WidgetUpdate update = WidgetUpdate.none().withName("n").withVersion(2).withDefault(false);
        CloneRequest clone = CloneRequest.of(LOCATION, ID).withName("copy");
        ListQuery query = ListQuery.of(LOCATION).withOffset(10_000).withLimit(100).withVoiceAiAgentId("ag");
        OptionalInt version = OptionalInt.of(3);

        assertThat(service.create(create).get()).isSameAs(WIDGET);
        assertThat(service.get(LOCATION, ID).get()).isSameAs(WIDGET);
        assertThat(service.replace(LOCATION, ID, update).get()).isSameAs(WIDGET);
        assertThat(service.patch(LOCATION, ID, update).get()).isSameAs(WIDGET);
        assertThat(service.publicConfig(ID, version).get()).isEqualTo(PublicConfig.of(WIDGET));
        assertThat(service.publicConfig(ID, OptionalInt.empty()).isRight()).isTrue();
        assertThat(service.delete(LOCATION, ID).get()).isEqualTo(new Deleted(LOCATION, ID));
        assertThat(service.clone(clone).get()).isSameAs(WIDGET);
        assertThat(service.list(query).get()).isEqualTo(new Page<>(List.of(), 0, query));

        assertThat(gateway.calls()).containsExactly(
                new Call("create", List.of(create)),
                new Call("get", List.of(LOCATION, ID)),
                new Call("replace", List.of(LOCATION, ID, update)),
                new Call("patch", List.of(LOCATION, ID, update)),
                new Call("publicConfig", List.of(ID, version)),
                new Call("publicConfig", List.of(ID, OptionalInt.empty())),
                new Call("delete", List.of(LOCATION, ID)),
                new Call("clone", List.of(clone)),
                new Call("list", List.of(query)));
        assertThat(gateway.calls().get(0).arguments().get(0)).isSameAs(create);
        assertThat(gateway.calls().get(2).arguments().get(2)).isSameAs(update);
    }

    @Test
    void rules_that_need_stored_state_are_left_to_the_gateway() {
        WidgetUpdate unsetDefault = WidgetUpdate.none().withDefault(false);

        assertThat(service.patch(LOCATION, ID, unsetDefault).isRight()).isTrue();
        assertThat(service.clone(CloneRequest.of(LOCATION, WidgetId.of("maybe-a-waChat"))).isRight()).isTrue();
        assertThat(gateway.calls()).hasSize(2);
    }

    @Test
    void gateway_errors_come_back_unchanged() {
        NotFound notFound = NotFound.of("chat widget w1 not found");
        gateway.failingWith(notFound);

        assertThat(service.get(LOCATION, ID).getLeft()).isSameAs(notFound);
        assertThat(service.delete(LOCATION, ID).getLeft()).isSameAs(notFound);
        assertThat(service.create(NewWidget.of(LOCATION, ChatType.LIVE_CHAT, "n")).getLeft()).isSameAs(notFound);
    }

    @Test
    void list_errors_come_back_unchanged() {
        RateLimited limited = new RateLimited(RateLimited.Scope.BURST, null, null, "slow down", null);
        gateway.listing(query -> Either.left(limited));

        assertThat(service.list(ListQuery.of(LOCATION)).getLeft()).isSameAs(limited);
    }

    @Test
    void the_service_needs_a_gateway_or_a_pipeline() {
        assertThatThrownBy(() -> new ChatWidgetService((ChatWidgetGateway) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("gateway");
        assertThatThrownBy(() -> new ChatWidgetService((CallPipeline) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("pipeline");
    }
}
