package dev.chatwidget.core.domain;

import dev.chatwidget.core.domain.rules.CloneRule;
import dev.chatwidget.core.domain.rules.DefaultPromotion;
import dev.chatwidget.core.domain.rules.ExactlyOneDefault;
import dev.chatwidget.core.domain.rules.RequestRules;
import dev.chatwidget.core.domain.rules.SoftDelete;
import dev.chatwidget.core.domain.rules.UpdateSemantics;
import dev.chatwidget.core.domain.rules.WritableChatTypes;
import dev.chatwidget.core.domain.settings.WidgetSettings;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.Invalid;
import dev.chatwidget.core.error.Violation;
import io.vavr.collection.HashMap;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The widgets of one location: the aggregate that decides every write by the rules of the model. Immutable (each
 * decision returns the next state), so a store can swap states atomically and readers never see half a write.
 */
public final class LocationWidgets {

    private final LocationId location;
    private final HashMap<WidgetId, ChatWidget> all;
    private final LiveWidgets live;
    private final Option<WidgetId> defaultId;

    private LocationWidgets(LocationId location, HashMap<WidgetId, ChatWidget> all,
                            LiveWidgets live, Option<WidgetId> defaultId) {
        this.location = location;
        this.all = all;
        this.live = live;
        this.defaultId = defaultId;
    }

    public static LocationWidgets empty(LocationId location) {
        return new LocationWidgets(Objects.requireNonNull(location, "location"), HashMap.empty(),
                LiveWidgets.EMPTY, Option.none());
    }

    /** A decision: the state after it, and the widget it produced. */
    public record Change(LocationWidgets after, ChatWidget widget) {
    }

    public LocationId location() {
        return location;
    }

    public int liveCount() {
        return live.size();
    }

    public Optional<ChatWidget> defaultWidget() {
        return defaultId.flatMap(all::get).toJavaOptional();
    }

    /** Live widgets in list order. */
    public List<ChatWidget> liveWidgets() {
        List<ChatWidget> out = new ArrayList<>(live.size());
        live.inListOrder().forEach(out::add);
        return out;
    }

    /** Every stored widget, deleted ones included (for tests and tooling). */
    public Optional<ChatWidget> stored(WidgetId id) {
        return all.get(id).toJavaOptional();
    }

    public Either<ChatWidgetError, ChatWidget> get(WidgetId id) {
        return SoftDelete.visible(id, all.getOrElse(id, null)).mapLeft(e -> e);
    }

    /** A page in list order; filters by chat type are served from indexes, not by scanning the location. */
    public Page<WidgetSummary> list(ListQuery query) {
        return live.page(query);
    }

    public Either<ChatWidgetError, Change> create(NewWidget request, WidgetId newId, Instant now,
                                                  Optional<String> creationSource) {
        List<Violation> violations = RequestRules.check(request);
        if (!violations.isEmpty()) {
            return Either.left(Invalid.of(violations));
        }
        boolean isDefault = ExactlyOneDefault.arrivingIsDefault(!live.isEmpty(), request.isDefault().orElse(false));
        ChatWidget widget = new ChatWidget(newId, location, request.version(), request.chatType(), request.name(),
                false, isDefault, request.settings().orElse(WidgetSettings.EMPTY), creationSource, Optional.empty(),
                Optional.empty(), now, now);
        return Either.right(arrive(widget, now));
    }

    public Either<ChatWidgetError, Change> replace(WidgetId id, WidgetUpdate update, Instant now) {
        return update(id, update, now, true);
    }

    public Either<ChatWidgetError, Change> patch(WidgetId id, WidgetUpdate update, Instant now) {
        return update(id, update, now, false);
    }

    public Either<ChatWidgetError, Change> delete(WidgetId id, Instant now) {
        return SoftDelete.visible(id, all.getOrElse(id, null)).<ChatWidgetError>mapLeft(e -> e).map(current -> {
            ChatWidget tombstone = current.withDeleted(now);
            LocationWidgets next = new LocationWidgets(location, all.put(id, tombstone), live.remove(current),
                    current.isDefault() ? Option.none() : defaultId);
            return new Change(next.promoteIfDefaultLeft(current, now), tombstone);
        });
    }

    public Either<ChatWidgetError, Change> cloneOf(CloneRequest request, WidgetId newId, Instant now,
                                                   Optional<String> creationSource) {
        List<Violation> violations = RequestRules.check(request);
        if (!violations.isEmpty()) {
            return Either.left(Invalid.of(violations));
        }
        return SoftDelete.visible(request.sourceId(), all.getOrElse(request.sourceId(), null))
                .<ChatWidgetError>mapLeft(e -> e)
                .flatMap(source -> WritableChatTypes.checkCloneSource(source.chatType())
                        .<Either<ChatWidgetError, ChatWidget>>map(v -> Either.left(Invalid.of(List.of(v))))
                        .orElseGet(() -> Either.right(source)))
                .map(source -> {
                    ChatWidget copy = CloneRule.copyOf(source, newId, request.name(), creationSource, now);
                    boolean isDefault = ExactlyOneDefault.arrivingIsDefault(!live.isEmpty(), false);
                    return arrive(isDefault ? copy.withDefault(true, now) : copy, now);
                });
    }

    /**
     * Stores a widget as given (any chat type, any creation source), keeping rule 1: a live default demotes the
     * old default, and the first live widget becomes default. For tests and seeding, not for API writes.
     */
    public Change seed(ChatWidget widget) {
        if (!widget.locationId().equals(location)) {
            throw new IllegalArgumentException("widget belongs to " + widget.locationId() + ", not " + location);
        }
        LocationWidgets base = this;
        ChatWidget previous = all.getOrElse(widget.id(), null);
        if (previous != null && previous.isLive()) {
            base = new LocationWidgets(location, all, live.remove(previous),
                    previous.isDefault() ? Option.none() : defaultId);
        }
        if (widget.deleted()) {
            ChatWidget tombstone = widget.isDefault() ? widget.withDefault(false, widget.updatedAt()) : widget;
            LocationWidgets next = new LocationWidgets(location, base.all.put(widget.id(), tombstone), base.live,
                    base.defaultId);
            if (previous != null && previous.isLive()) {
                next = next.promoteIfDefaultLeft(previous, widget.updatedAt());
            }
            return new Change(next, tombstone);
        }
        boolean isDefault = ExactlyOneDefault.arrivingIsDefault(!base.live.isEmpty() && base.defaultId.isDefined(),
                widget.isDefault());
        ChatWidget stored = widget.isDefault() == isDefault ? widget : widget.withDefault(isDefault, widget.updatedAt());
        return base.arrive(stored, widget.updatedAt());
    }

    private Either<ChatWidgetError, Change> update(WidgetId id, WidgetUpdate update, Instant now, boolean replace) {
        List<Violation> bodyViolations = RequestRules.check(update);
        if (!bodyViolations.isEmpty()) {
            return Either.left(Invalid.of(bodyViolations));
        }
        return SoftDelete.visible(id, all.getOrElse(id, null)).<ChatWidgetError>mapLeft(e -> e).flatMap(current -> {
            List<Violation> violations = new ArrayList<>();
            ExactlyOneDefault.checkUnset(current, update.isDefault()).ifPresent(violations::add);
            ChatWidget changed = replace
                    ? UpdateSemantics.replace(current, update, now)
                    : UpdateSemantics.patch(current, update, now);
            if (update.chatType().isEmpty()) {
                WritableChatTypes.check(changed.chatType()).ifPresent(violations::add);
            }
            if (!violations.isEmpty()) {
                return Either.left(Invalid.of(violations));
            }
            if (ExactlyOneDefault.takesDefault(current, update.isDefault())) {
                return Either.right(arrive(changed.withDefault(true, now), now));
            }
            return Either.right(new Change(put(changed, current), changed));
        });
    }

    /** Rule 2: once the default {@code left} has left the live widgets, its successor becomes the default. */
    private LocationWidgets promoteIfDefaultLeft(ChatWidget left, Instant now) {
        if (!left.isDefault()) {
            return this;
        }
        return DefaultPromotion.successor(live.inListOrder(), left)
                .map(successor -> put(successor.withDefault(true, now), successor).withDefault(successor.id()))
                .orElse(this);
    }

    /** Adds or re-adds a live widget; if it is default, the old default is demoted (rule 1). */
    private Change arrive(ChatWidget widget, Instant now) {
        LocationWidgets next = this;
        ChatWidget previous = all.getOrElse(widget.id(), null);
        if (widget.isDefault()) {
            Option<ChatWidget> oldDefault = defaultId.filter(d -> !d.equals(widget.id())).flatMap(all::get);
            if (oldDefault.isDefined()) {
                next = next.put(oldDefault.get().withDefault(false, now), oldDefault.get());
            }
            next = next.withDefault(widget.id());
        }
        next = next.put(widget, previous);
        return new Change(next, widget);
    }

    private LocationWidgets put(ChatWidget widget, ChatWidget previous) {
        LiveWidgets nextLive = previous == null || previous.deleted() ? live : live.remove(previous);
        if (widget.isLive()) {
            nextLive = nextLive.add(widget);
        }
        return new LocationWidgets(location, all.put(widget.id(), widget), nextLive, defaultId);
    }

    private LocationWidgets withDefault(WidgetId id) {
        return new LocationWidgets(location, all, live, Option.some(id));
    }
}
