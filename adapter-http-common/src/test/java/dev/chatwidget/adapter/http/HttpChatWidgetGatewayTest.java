package dev.chatwidget.adapter.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.adapter.http.wire.WireCodec;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.CloneRequest;
import dev.chatwidget.core.domain.Deleted;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.PublicConfig;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.port.out.TokenProvider;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Each gateway method over a scripted server that answers as the service does: its route, its body, its value. */
class HttpChatWidgetGatewayTest {

    final WireCodec codec = WireCodec.instance();
    final ChatWidget widget = codec.decodeWidget(("{\"_id\":\"w1\",\"version\":2,\"chatType\":\"liveChat\",\"name\":"
            + "\"Help\",\"locationId\":\"loc\",\"settings\":{\"heading\":\"Hi\"},\"createdAt\":\"2024-01-01T00:00:00Z\","
            + "\"updatedAt\":\"2024-01-02T00:00:00Z\"}").getBytes(UTF_8)).get();
    final ListQuery query = ListQuery.of(widget.locationId());
    final Page<WidgetSummary> page = new Page<>(List.of(widget.summary()), 1, query, true);
    final ScriptedTransport service = new ScriptedTransport((request, aborted) -> {
        String path = request.uri().getRawPath();
        byte[] body = switch (request.method() + " " + path) {
            case "GET /chat-widget/list" -> codec.encodePage(page);
            case "GET /chat-widget/public/config/w1" -> codec.encodePublicConfig(PublicConfig.of(widget));
            case "DELETE /chat-widget/loc/w1" -> codec.encodeDeleted(Deleted.of(widget.withDeleted(widget.updatedAt())));
            default -> codec.encodeWidget(widget);
        };
        return ScriptedTransport.response(request.method().equals("POST") ? 201 : 200, ResponseHeaders.NONE, body);
    });
    final HttpChatWidgetGateway gateway = new HttpChatWidgetGateway(
            HttpConfig.builder(TokenProvider.fixed("s3cr3t-tok")).baseUri("http://localhost:1").build(), service);

    @Test
    void each_operation_sends_its_route_and_returns_what_the_service_answered() {
        WidgetUpdate update = WidgetUpdate.none().withName("Help");

        assertThat(gateway.list(query).get()).isEqualTo(page);
        assertThat(gateway.get(widget.locationId(), widget.id()).get()).isEqualTo(widget);
        assertThat(gateway.replace(widget.locationId(), widget.id(), update).get()).isEqualTo(widget);
        assertThat(gateway.patch(widget.locationId(), widget.id(), update).get()).isEqualTo(widget);
        assertThat(gateway.publicConfig(widget.id(), OptionalInt.empty()).get()).isEqualTo(PublicConfig.of(widget));
        assertThat(gateway.delete(widget.locationId(), widget.id()).get())
                .isEqualTo(Deleted.of(widget.withDeleted(widget.updatedAt())));
        assertThat(gateway.clone(CloneRequest.of(widget.locationId(), widget.id())).get()).isEqualTo(widget);
        assertThat(gateway.create(NewWidget.of(widget.locationId(), ChatType.LIVE_CHAT, "Help")).get())
                .isEqualTo(widget);

        assertThat(service.sent).extracting(r -> r.method() + " " + r.uri().getRawPath()).containsExactly(
                "GET /chat-widget/list", "GET /chat-widget/data/loc/w1", "PUT /chat-widget/data/loc/w1",
                "PATCH /chat-widget/data/loc/w1", "GET /chat-widget/public/config/w1", "DELETE /chat-widget/loc/w1",
                "POST /chat-widget/clone", "POST /chat-widget/");
        assertThat(service.sent).extracting(r -> r.body().isPresent())
                .containsExactly(false, false, true, true, false, false, true, true);
    }

    @Test
    void closing_the_gateway_closes_its_transport_once_and_later_calls_send_nothing() {
        gateway.close();
        gateway.close();

        TransportFailure failure = (TransportFailure) gateway.get(widget.locationId(), widget.id()).getLeft();

        assertThat(service.closes).hasValue(1);
        assertThat(failure.mayHaveReachedServer()).isFalse();
        assertThat(service.sent).isEmpty();
    }

    @Test
    void its_description_names_no_token() {
        gateway.get(widget.locationId(), widget.id());

        assertThat(gateway.toString()).startsWith("HttpChatWidgetGateway[").doesNotContain("s3cr3t-tok");
    }
}
