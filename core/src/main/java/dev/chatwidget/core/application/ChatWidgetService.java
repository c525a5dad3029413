package dev.chatwidget.core.application;

import dev.chatwidget.core.application.pipeline.CallPipeline;
import dev.chatwidget.core.application.pipeline.GatewayHandler;
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
import dev.chatwidget.core.domain.rules.RequestRules;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.Invalid;
import dev.chatwidget.core.error.Violation;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * The use cases: validates every input (naming each bad field and the rule it breaks), then maps the operation to
 * its {@code WidgetRequest} and runs it through the call pipeline. Bad input never reaches the network and never
 * changes state; nothing a collaborator throws gets out (the pipeline turns it into an error).
 */
public final class ChatWidgetService implements ChatWidgets {

    private final CallPipeline pipeline;

    @Inject
    public ChatWidgetService(CallPipeline pipeline) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    }

    /**
     * The facade straight over {@code gateway}: no retries, no rate limiting, no observers (the call timeout is
     * measured on the system clock, and a gateway is not bounded by it). For the full chain use {@code CoreModule}
     * or {@link CallPipeline#builder}.
     */
    public ChatWidgetService(ChatWidgetGateway gateway) {
        this(CallPipeline.builder(new GatewayHandler(gateway), Clock.systemUTC()).build());
    }

    @Override
    public Either<ChatWidgetError, Page<WidgetSummary>> list(ListQuery query) {
        if (query == null) {
            return missing("query");
        }
        return checked(RequestRules.check(query), () -> pipeline.execute(new ListWidgets(query)));
    }

    @Override
    public Either<ChatWidgetError, List<WidgetSummary>> listAll(ListQuery query) {
        List<WidgetSummary> all = new ArrayList<>();
        ListQuery next = query;
        while (true) {
            Either<ChatWidgetError, Page<WidgetSummary>> page = list(next);
            if (page.isLeft()) {
                return Either.left(page.getLeft());
            }
            all.addAll(page.get().items());
            var following = page.get().nextQuery().filter(q -> q.offset() <= ListQuery.MAX_OFFSET);
            if (following.isEmpty()) {
                return Either.right(List.copyOf(all));
            }
            next = following.get();
        }
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> get(LocationId locationId, WidgetId id) {
        return checked(ids(locationId, id), () -> pipeline.execute(new GetWidget(locationId, id)));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> replace(LocationId locationId, WidgetId id, WidgetUpdate update) {
        return checked(update(locationId, id, update),
                () -> pipeline.execute(new ReplaceWidget(locationId, id, update)));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> patch(LocationId locationId, WidgetId id, WidgetUpdate update) {
        return checked(update(locationId, id, update),
                () -> pipeline.execute(new PatchWidget(locationId, id, update)));
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
        return checked(violations, () -> pipeline.execute(new GetPublicConfig(id, version)));
    }

    @Override
    public Either<ChatWidgetError, Deleted> delete(LocationId locationId, WidgetId id) {
        return checked(ids(locationId, id), () -> pipeline.execute(new DeleteWidget(locationId, id)));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> clone(CloneRequest request) {
        if (request == null) {
            return missing("request");
        }
        return checked(RequestRules.check(request), () -> pipeline.execute(new CloneWidget(request)));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> create(NewWidget widget) {
        if (widget == null) {
            return missing("widget");
        }
        return checked(RequestRules.check(widget), () -> pipeline.execute(new CreateWidget(widget)));
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
