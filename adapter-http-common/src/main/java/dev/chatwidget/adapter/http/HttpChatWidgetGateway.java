package dev.chatwidget.adapter.http;

import dev.chatwidget.core.application.pipeline.AuthStep;
import dev.chatwidget.core.application.pipeline.CallPipeline;
import dev.chatwidget.core.application.pipeline.PipelineBuilder;
import dev.chatwidget.core.call.WidgetRequest.CloneWidget;
import dev.chatwidget.core.call.WidgetRequest.CreateWidget;
import dev.chatwidget.core.call.WidgetRequest.DeleteWidget;
import dev.chatwidget.core.call.WidgetRequest.GetPublicConfig;
import dev.chatwidget.core.call.WidgetRequest.GetWidget;
import dev.chatwidget.core.call.WidgetRequest.ListWidgets;
import dev.chatwidget.core.call.WidgetRequest.PatchWidget;
import dev.chatwidget.core.call.WidgetRequest.ReplaceWidget;
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
import dev.chatwidget.core.port.out.TokenProvider;
import io.vavr.control.Either;
import java.time.Clock;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The gateway port over HTTP, for any {@link Transport}: each method is mapped once onto a call pipeline of the
 * config's token provider ({@link AuthStep}, with the one re-send after a refreshed 401) and an
 * {@link HttpCallHandler}. Its calls are bounded by {@code RetryPolicy.none()}'s timeouts; for retries and rate
 * limiting build a pipeline with {@link #pipeline(Clock)} (or use the Guice module, which does). Closing it closes
 * the transport, which may be shared with an {@code HttpTokenRefresher}: close the gateway last.
 */
public final class HttpChatWidgetGateway implements CloseableGateway {

    private final HttpCallHandler handler;
    private final TokenProvider tokens;
    private final CallPipeline calls;

    public HttpChatWidgetGateway(HttpConfig config, Transport transport) {
        Objects.requireNonNull(config, "config");
        this.tokens = config.tokenProvider().orElseThrow(() -> new IllegalArgumentException(
                "tokenProvider must be set: a gateway built without Guice has no other source of credentials"));
        this.handler = new HttpCallHandler(config, transport);
        this.calls = pipeline(Clock.systemUTC()).build();
    }

    /** A pipeline ending in this gateway's {@link HttpCallHandler}, the config's token provider's auth in place. */
    @Override
    public PipelineBuilder pipeline(Clock clock) {
        return CallPipeline.builder(handler, clock).auth(new AuthStep(tokens));
    }

    @Override
    public Either<ChatWidgetError, Page<WidgetSummary>> list(ListQuery query) {
        return calls.execute(new ListWidgets(query));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> get(LocationId locationId, WidgetId id) {
        return calls.execute(new GetWidget(locationId, id));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> replace(LocationId locationId, WidgetId id, WidgetUpdate update) {
        return calls.execute(new ReplaceWidget(locationId, id, update));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> patch(LocationId locationId, WidgetId id, WidgetUpdate update) {
        return calls.execute(new PatchWidget(locationId, id, update));
    }

    @Override
    public Either<ChatWidgetError, PublicConfig> publicConfig(WidgetId id, OptionalInt version) {
        return calls.execute(new GetPublicConfig(id, version));
    }

    @Override
    public Either<ChatWidgetError, Deleted> delete(LocationId locationId, WidgetId id) {
        return calls.execute(new DeleteWidget(locationId, id));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> clone(CloneRequest request) {
        return calls.execute(new CloneWidget(request));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> create(NewWidget widget) {
        return calls.execute(new CreateWidget(widget));
    }

    @Override
    public void close() {
        handler.close();
    }

    @Override
    public String toString() {
        return "HttpChatWidgetGateway[" + handler + "]";
    }
}
