package dev.chatwidget.core.application;

import dev.chatwidget.core.domain.ChatType;
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
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A gateway that records every call it receives and answers from a script, to see what the service lets through. */
public final class RecordingGateway implements ChatWidgetGateway {

    public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    public static final LocationId LOCATION = LocationId.of("loc-1");
    public static final ChatWidget WIDGET = new ChatWidget(WidgetId.of("w1"), LOCATION, 3, ChatType.LIVE_CHAT, "Sales",
            false, true, null, null, null, null, T0, T0);

    /** One call: the operation's name and its arguments, as received. */
    public record Call(String operation, List<Object> arguments) {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private Function<ListQuery, Either<ChatWidgetError, Page<WidgetSummary>>> lister =
            query -> Either.right(new Page<>(List.of(), 0, query));
    private final Deque<ChatWidgetError> failures = new ArrayDeque<>();

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The operations received, in order. */
    public List<String> operations() {
        return calls.stream().map(Call::operation).toList();
    }

    /** Answers list calls with {@code lister}. */
    public RecordingGateway listing(Function<ListQuery, Either<ChatWidgetError, Page<WidgetSummary>>> lister) {
        this.lister = lister;
        return this;
    }

    /** Answers the next calls but list with {@code errors} in turn; the last one answers every call after it. */
    public synchronized RecordingGateway failingWith(ChatWidgetError... errors) {
        failures.clear();
        failures.addAll(Arrays.asList(errors));
        return this;
    }

    @Override
    public Either<ChatWidgetError, Page<WidgetSummary>> list(ListQuery query) {
        calls.add(new Call("list", Arrays.asList(query)));
        return lister.apply(query);
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> get(LocationId locationId, WidgetId id) {
        return answer("get", WIDGET, locationId, id);
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> replace(LocationId locationId, WidgetId id, WidgetUpdate update) {
        return answer("replace", WIDGET, locationId, id, update);
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> patch(LocationId locationId, WidgetId id, WidgetUpdate update) {
        return answer("patch", WIDGET, locationId, id, update);
    }

    @Override
    public Either<ChatWidgetError, PublicConfig> publicConfig(WidgetId id, OptionalInt version) {
        return answer("publicConfig", PublicConfig.of(WIDGET), id, version);
    }

    @Override
    public Either<ChatWidgetError, Deleted> delete(LocationId locationId, WidgetId id) {
        return answer("delete", new Deleted(locationId, id), locationId, id);
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> clone(CloneRequest request) {
        return answer("clone", WIDGET, request);
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> create(NewWidget widget) {
        return answer("create", WIDGET, widget);
    }

    private synchronized <T> Either<ChatWidgetError, T> answer(String operation, T success, Object... arguments) {
        calls.add(new Call(operation, Arrays.asList(arguments)));
        if (failures.isEmpty()) {
            return Either.right(success);
        }
        return Either.left(failures.size() == 1 ? failures.peek() : failures.poll());
    }
}
