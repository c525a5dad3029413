package dev.chatwidget.adapter.http;

import dev.chatwidget.adapter.http.wire.WireCodec;
import dev.chatwidget.core.application.pipeline.GatewayHandler;
import dev.chatwidget.core.call.Call;
import dev.chatwidget.core.call.CallContext;
import dev.chatwidget.core.call.CallResult;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.CloneRequest;
import dev.chatwidget.core.domain.Deleted;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.PublicConfig;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.port.out.CallHandler;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The gateway port over HTTP, for any {@link Transport}: routes, headers, JSON, errors, rate limits and the 401
 * retry live here once, so an adapter only supplies the transport.
 */
public final class HttpChatWidgetGateway implements CloseableGateway {

    private final WireCodec codec = WireCodec.instance();
    private final Routes routes;
    private final CallExecutor calls;
    private final Transport transport;

    private final AtomicBoolean closed;

    public HttpChatWidgetGateway(HttpConfig config, Transport transport) {
        Objects.requireNonNull(config, "config");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.routes = new Routes(config.baseUri());
        this.closed = new AtomicBoolean();
        this.calls = new CallExecutor(config, transport, closed::get);
    }

    /** A view of {@code gateway} for one attempt of a pipeline call (never closed itself). */
    private HttpChatWidgetGateway(HttpChatWidgetGateway gateway, CallContext attempt) {
        this.transport = gateway.transport;
        this.routes = gateway.routes;
        this.closed = gateway.closed;
        this.calls = gateway.calls.within(attempt);
    }

    /** Ends the call pipeline here: each attempt is bounded by its deadline in the call's context. */
    @Override
    public CallHandler handler() {
        return new CallHandler() {
            @Override
            public <R> CallResult<R> handle(Call<R> call) {
                return new GatewayHandler(new HttpChatWidgetGateway(HttpChatWidgetGateway.this, call.context()))
                        .handle(call);
            }
        };
    }

    @Override
    public Either<ChatWidgetError, Page<WidgetSummary>> list(ListQuery query) {
        return calls.execute(routes.list(query), null, body -> codec.decodePage(body, query));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> get(LocationId locationId, WidgetId id) {
        return calls.execute(routes.get(locationId, id), null, codec::decodeWidget);
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> replace(LocationId locationId, WidgetId id, WidgetUpdate update) {
        return calls.execute(routes.replace(locationId, id), codec.encodeUpdate(update), codec::decodeWidget);
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> patch(LocationId locationId, WidgetId id, WidgetUpdate update) {
        return calls.execute(routes.patch(locationId, id), codec.encodeUpdate(update), codec::decodeWidget);
    }

    @Override
    public Either<ChatWidgetError, PublicConfig> publicConfig(WidgetId id, OptionalInt version) {
        return calls.execute(routes.publicConfig(id, version), null, body -> codec.decodePublicConfig(body, id));
    }

    @Override
    public Either<ChatWidgetError, Deleted> delete(LocationId locationId, WidgetId id) {
        return calls.execute(routes.delete(locationId, id), null,
                body -> Either.right(codec.decodeDeleted(locationId, id)));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> clone(CloneRequest request) {
        return calls.execute(routes.clone(request.locationId()), codec.encodeClone(request), codec::decodeWidget);
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> create(NewWidget widget) {
        return calls.execute(routes.create(widget.locationId()), codec.encodeCreate(widget), codec::decodeWidget);
    }

    /** The transport underneath, for adapter tests (e.g. connection pool statistics). */
    public Transport transport() {
        return transport;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            transport.close();
        }
    }

    @Override
    public String toString() {
        return "HttpChatWidgetGateway[" + transport.getClass().getSimpleName() + "]";
    }
}
