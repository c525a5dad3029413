package dev.chatwidget.core.application;

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
import dev.chatwidget.core.domain.rules.RequestRules;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.Invalid;
import dev.chatwidget.core.error.Violation;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * The use cases: validates every input (naming each bad field and the rule it breaks) before the gateway is
 * called, then delegates. Bad input never reaches the network and never changes state.
 */
public final class ChatWidgetService implements ChatWidgets {

    private final ChatWidgetGateway gateway;

    @Inject
    public ChatWidgetService(ChatWidgetGateway gateway) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
    }

    @Override
    public Either<ChatWidgetError, Page<WidgetSummary>> list(ListQuery query) {
        if (query == null) {
            return missing("query");
        }
        return checked(RequestRules.check(query), () -> gateway.list(query));
    }

    @Override
    public Either<ChatWidgetError, List<WidgetSummary>> listAll(ListQuery query) {
        return walk(query).toList();
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> get(LocationId locationId, WidgetId id) {
        return checked(ids(locationId, id), () -> gateway.get(locationId, id));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> replace(LocationId locationId, WidgetId id, WidgetUpdate update) {
        return checked(update(locationId, id, update), () -> gateway.replace(locationId, id, update));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> patch(LocationId locationId, WidgetId id, WidgetUpdate update) {
        return checked(update(locationId, id, update), () -> gateway.patch(locationId, id, update));
    }

    @Override
    public Either<ChatWidgetError, PublicConfig> publicConfig(WidgetId id, OptionalInt version) {
        List<Violation> violations = new ArrayList<>();
        if (id == null) {
            violations.add(Violation.of("id", "is required"));
        }
        if (version == null) {
            violations.add(Violation.of("version", "is required (use OptionalInt.empty())"));
        } else if (version.isPresent() && version.getAsInt() <= 0) {
            violations.add(Violation.of("version", "must be a positive number"));
        }
        return checked(violations, () -> gateway.publicConfig(id, version));
    }

    @Override
    public Either<ChatWidgetError, Deleted> delete(LocationId locationId, WidgetId id) {
        return checked(ids(locationId, id), () -> gateway.delete(locationId, id));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> clone(CloneRequest request) {
        if (request == null) {
            return missing("request");
        }
        return checked(RequestRules.check(request), () -> gateway.clone(request));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> create(NewWidget widget) {
        if (widget == null) {
            return missing("widget");
        }
        return checked(RequestRules.check(widget), () -> gateway.create(widget));
    }

    private static List<Violation> ids(LocationId locationId, WidgetId id) {
        List<Violation> violations = new ArrayList<>();
        if (locationId == null) {
            violations.add(Violation.of("locationId", "is required"));
        }
        if (id == null) {
            violations.add(Violation.of("id", "is required"));
        }
        return violations;
    }

    private static List<Violation> update(LocationId locationId, WidgetId id, WidgetUpdate update) {
        List<Violation> violations = ids(locationId, id);
        if (update == null) {
            violations.add(Violation.of("update", "is required (use WidgetUpdate.none())"));
        } else {
            violations.addAll(RequestRules.check(update));
        }
        return violations;
    }

    private static <T> Either<ChatWidgetError, T> checked(List<Violation> violations,
                                                          Supplier<Either<ChatWidgetError, T>> call) {
        return violations.isEmpty() ? call.get() : Either.left(Invalid.of(violations));
    }

    private static <T> Either<ChatWidgetError, T> missing(String field) {
        return Either.left(Invalid.of(field, "is required"));
    }
}
