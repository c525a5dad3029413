package dev.chatwidget.testkit.server;

import dev.chatwidget.adapter.http.Endpoint;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.adapter.http.wire.WireCodec;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import io.vavr.control.Either;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Each route's request (path parameters, query, body) to a call of the in-memory gateway, and its outcome to a
 * response: the model's rules decide, and the shared {@link WireCodec} reads and writes every body.
 */
final class Operations {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");

    private final ChatWidgetGateway gateway;
    private final WireCodec codec;
    private final ErrorReplies errors;

    private final boolean omitTotalCount;

    Operations(ChatWidgetGateway gateway, WireCodec codec, ErrorReplies errors, boolean omitTotalCount) {
        this.gateway = gateway;
        this.codec = codec;
        this.errors = errors;
        this.omitTotalCount = omitTotalCount;
    }

    /** The call for a matched route, or the 400/422 response when the request does not parse. */
    Either<Reply, PreparedCall> prepare(Router.Matched match, QueryParams query, byte[] body) {
        Endpoint route = match.route();
        return switch (route) {
            case LIST -> ListQueries.parse(query).<Reply>mapLeft(errors::unprocessable)
                    .map(q -> call(q.locationId(), () -> respond(route, gateway.list(q), this::encodePage)));
            case GET -> Either.right(call(location(match), () -> respond(route,
                    gateway.get(location(match), id(match)), codec::encodeWidget)));
            case REPLACE, PATCH -> codec.decodeUpdate(body).<Reply>mapLeft(errors::of)
                    .map(update -> call(location(match), () -> respond(route, update(route, match, update),
                            codec::encodeWidget)));
            case PUBLIC_CONFIG -> version(query).map(v -> new PreparedCall(Optional.empty(),
                    () -> respond(route, gateway.publicConfig(id(match), v), codec::encodePublicConfig)));
            case DELETE -> Either.right(call(location(match), () -> respond(route,
                    gateway.delete(location(match), id(match)), codec::encodeDeleted)));
            case CLONE -> codec.decodeClone(body).<Reply>mapLeft(errors::of)
                    .map(request -> call(request.locationId(), () -> respond(route, gateway.clone(request),
                            codec::encodeWidget)));
            case CREATE -> codec.decodeCreate(body).<Reply>mapLeft(errors::of)
                    .map(widget -> new PreparedCall(Optional.ofNullable(widget.locationId()),
                            () -> respond(route, gateway.create(widget), codec::encodeWidget)));
        };
    }

    private byte[] encodePage(Page<WidgetSummary> page) {
        return codec.encodePage(omitTotalCount
                ? new Page<>(page.items(), page.totalCount(), page.query(), false) : page);
    }

    private Either<ChatWidgetError, ChatWidget> update(Endpoint route, Router.Matched match, WidgetUpdate update) {
        return route == Endpoint.REPLACE
                ? gateway.replace(location(match), id(match), update)
                : gateway.patch(location(match), id(match), update);
    }

    private <T> Reply respond(Endpoint route, Either<ChatWidgetError, T> outcome, Function<? super T, byte[]> body) {
        return outcome.fold(errors::of, value -> Reply.json(route.successStatus(), body.apply(value)));
    }

    private Either<Reply, OptionalInt> version(QueryParams query) {
        List<String> values = query.all("version");
        if (values.isEmpty()) {
            return Either.right(OptionalInt.empty());
        }
        if (values.size() > 1 || !WHOLE_NUMBER.matcher(values.get(0)).matches()) {
            return Either.left(errors.unprocessable(List.of("version must be a number string")));
        }
        return Either.right(OptionalInt.of(Integer.parseInt(values.get(0))));
    }

    private static PreparedCall call(LocationId location, Supplier<Reply> run) {
        return new PreparedCall(Optional.of(location), run);
    }

    private static LocationId location(Router.Matched match) {
        return LocationId.of(match.param("locationId"));
    }

    private static WidgetId id(Router.Matched match) {
        return WidgetId.of(match.param("id"));
    }
}
