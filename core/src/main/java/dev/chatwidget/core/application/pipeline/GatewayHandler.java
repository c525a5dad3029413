package dev.chatwidget.core.application.pipeline;

import dev.chatwidget.core.call.Call;
import dev.chatwidget.core.call.CallResult;
import dev.chatwidget.core.call.WidgetRequest;
import dev.chatwidget.core.call.WidgetRequest.CloneWidget;
import dev.chatwidget.core.call.WidgetRequest.CreateWidget;
import dev.chatwidget.core.call.WidgetRequest.DeleteWidget;
import dev.chatwidget.core.call.WidgetRequest.GetPublicConfig;
import dev.chatwidget.core.call.WidgetRequest.GetWidget;
import dev.chatwidget.core.call.WidgetRequest.ListWidgets;
import dev.chatwidget.core.call.WidgetRequest.PatchWidget;
import dev.chatwidget.core.call.WidgetRequest.ReplaceWidget;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.port.out.CallHandler;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * Ends the chain at a {@link ChatWidgetGateway} (the in-memory fake, a user's own adapter): the one place a call
 * is mapped back to the gateway's eight methods. A gateway has no deadline parameter, so it is not bounded by the
 * attempt's deadline; it must answer promptly by itself.
 */
public final class GatewayHandler implements CallHandler {

    private final ChatWidgetGateway gateway;

    public GatewayHandler(ChatWidgetGateway gateway) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
    }

    /** The gateway calls end at. */
    public ChatWidgetGateway gateway() {
        return gateway;
    }

    @Override
    public <R> CallResult<R> handle(Call<R> call) {
        return CallResult.of(Objects.requireNonNull(answer(call.request()), "the gateway returned no result"));
    }

    // Each record's type parameter is the gateway method's value type, so every cast below is exact.
    @SuppressWarnings("unchecked")
    private <R> Either<ChatWidgetError, R> answer(WidgetRequest<R> request) {
        Either<ChatWidgetError, ?> answer;
        if (request instanceof ListWidgets list) {
            answer = gateway.list(list.query());
        } else if (request instanceof GetWidget get) {
            answer = gateway.get(get.locationId(), get.id());
        } else if (request instanceof ReplaceWidget replace) {
            answer = gateway.replace(replace.locationId(), replace.id(), replace.update());
        } else if (request instanceof PatchWidget patch) {
            answer = gateway.patch(patch.locationId(), patch.id(), patch.update());
        } else if (request instanceof GetPublicConfig config) {
            answer = gateway.publicConfig(config.id(), config.version());
        } else if (request instanceof DeleteWidget delete) {
            answer = gateway.delete(delete.locationId(), delete.id());
        } else if (request instanceof CloneWidget clone) {
            answer = gateway.clone(clone.request());
        } else {
            answer = gateway.create(((CreateWidget) request).widget());
        }
        return (Either<ChatWidgetError, R>) answer;
    }
}
