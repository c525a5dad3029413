package dev.chatwidget.testkit.server;

import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.domain.json.JsonObject;
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
 * response: the model's rules decide, this only translates.
 */
final class Operations {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");

    private final ChatWidgetGateway gateway;
    private final WireJson json;
    private final ErrorReplies errors;

    Operations(ChatWidgetGateway gateway, WireJson json, ErrorReplies errors) {
        this.gateway = gateway;
        this.json = json;
        this.errors = errors;
    }

    /** The call for a matched route, or the 400/422 response when the request does not parse. */
    Either<Reply, PreparedCall> prepare(Router.Matched match, QueryParams query, byte[] body) {
        Route route = match.route();
        return switch (route) {
            case LIST -> ListQueries.parse(query).<Reply>mapLeft(errors::unprocessable)
                    .map(q -> call(q.locationId(), () -> respond(route, gateway.list(q), json::page)));
            case GET -> Either.right(call(location(match), () -> respond(route,
                    gateway.get(location(match), id(match)), json::widget)));
            case REPLACE, PATCH -> object(body).flatMap(o -> RequestBodies.update(o).mapLeft(errors::unprocessable))
                    .map(update -> call(location(match), () -> respond(route, update(route, match, update),
                            json::widget)));
            case PUBLIC_CONFIG -> version(query).map(v -> new PreparedCall(Optional.empty(),
                    () -> respond(route, gateway.publicConfig(id(match), v), json::publicConfig)));
            case DELETE -> Either.right(call(location(match), () -> respond(route,
                    gateway.delete(location(match), id(match)), json::deleted)));
            case CLONE -> object(body).flatMap(o -> RequestBodies.cloneRequest(o).mapLeft(errors::unprocessable))
                    .map(request -> call(request.locationId(), () -> respond(route, gateway.clone(request),
                            json::widget)));
            case CREATE -> object(body).flatMap(o -> RequestBodies.newWidget(o).mapLeft(errors::unprocessable))
                    .map(widget -> new PreparedCall(Optional.ofNullable(widget.locationId()),
                            () -> respond(route, gateway.create(widget), json::widget)));
        };
    }

    private Either<ChatWidgetError, ChatWidget> update(Route route, Router.Matched match, WidgetUpdate update) {
        return route == Route.REPLACE
                ? gateway.replace(location(match), id(match), update)
                : gateway.patch(location(match), id(match), update);
    }

    private <T> Reply respond(Route route, Either<ChatWidgetError, T> outcome, Function<? super T, String> body) {
        return outcome.fold(errors::of, value -> Reply.json(route.successStatus(), body.apply(value)));
    }

    private Either<Reply, JsonObject> object(byte[] body) {
        return json.readObject(body).<Either<Reply, JsonObject>>map(Either::right)
                .orElseGet(() -> Either.left(errors.badRequest("Bad Request: the body must be a JSON object")));
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
