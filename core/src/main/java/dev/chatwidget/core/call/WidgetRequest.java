package dev.chatwidget.core.call;

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
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One of the eight API operations with its (already validated) input; {@code R} is what a successful call returns.
 * The facade maps each operation to one of these once; the steps of the pipeline see only {@link #operation()} and
 * {@link #location()}, and only the edges (the gateway handler, the HTTP encoder) look inside.
 *
 * @param <R> the value a successful call produces
 */
public sealed interface WidgetRequest<R> {

    /** Which of the eight operations this is. */
    Operation operation();

    /** The location the call concerns (what rate limits and tokens are kept per); empty for public config. */
    Optional<LocationId> location();

    /** Lists a location's widgets. */
    record ListWidgets(ListQuery query) implements WidgetRequest<Page<WidgetSummary>> {
        public ListWidgets {
            Objects.requireNonNull(query, "query");
        }

        @Override
        public Operation operation() {
            return Operation.LIST;
        }

        @Override
        public Optional<LocationId> location() {
            return Optional.of(query.locationId());
        }
    }

    /** Reads one widget. */
    record GetWidget(LocationId locationId, WidgetId id) implements WidgetRequest<ChatWidget> {
        public GetWidget {
            Objects.requireNonNull(locationId, "locationId");
            Objects.requireNonNull(id, "id");
        }

        @Override
        public Operation operation() {
            return Operation.GET;
        }

        @Override
        public Optional<LocationId> location() {
            return Optional.of(locationId);
        }
    }

    /** Replaces the fields an update names (PUT semantics). */
    record ReplaceWidget(LocationId locationId, WidgetId id, WidgetUpdate update) implements WidgetRequest<ChatWidget> {
        public ReplaceWidget {
            Objects.requireNonNull(locationId, "locationId");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(update, "update");
        }

        @Override
        public Operation operation() {
            return Operation.REPLACE;
        }

        @Override
        public Optional<LocationId> location() {
            return Optional.of(locationId);
        }
    }

    /** Patches a widget (settings merged as a JSON merge patch). */
    record PatchWidget(LocationId locationId, WidgetId id, WidgetUpdate update) implements WidgetRequest<ChatWidget> {
        public PatchWidget {
            Objects.requireNonNull(locationId, "locationId");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(update, "update");
        }

        @Override
        public Operation operation() {
            return Operation.PATCH;
        }

        @Override
        public Optional<LocationId> location() {
            return Optional.of(locationId);
        }
    }

    /** Reads a widget's public configuration, optionally of one version; concerns no location. */
    record GetPublicConfig(WidgetId id, OptionalInt version) implements WidgetRequest<PublicConfig> {
        public GetPublicConfig {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(version, "version");
        }

        @Override
        public Operation operation() {
            return Operation.PUBLIC_CONFIG;
        }

        @Override
        public Optional<LocationId> location() {
            return Optional.empty();
        }
    }

    /** Soft-deletes a widget. */
    record DeleteWidget(LocationId locationId, WidgetId id) implements WidgetRequest<Deleted> {
        public DeleteWidget {
            Objects.requireNonNull(locationId, "locationId");
            Objects.requireNonNull(id, "id");
        }

        @Override
        public Operation operation() {
            return Operation.DELETE;
        }

        @Override
        public Optional<LocationId> location() {
            return Optional.of(locationId);
        }
    }

    /** Clones a widget within its location. */
    record CloneWidget(CloneRequest request) implements WidgetRequest<ChatWidget> {
        public CloneWidget {
            Objects.requireNonNull(request, "request");
        }

        @Override
        public Operation operation() {
            return Operation.CLONE;
        }

        @Override
        public Optional<LocationId> location() {
            return Optional.of(request.locationId());
        }
    }

    /** Creates a widget. */
    record CreateWidget(NewWidget widget) implements WidgetRequest<ChatWidget> {
        public CreateWidget {
            Objects.requireNonNull(widget, "widget");
        }

        @Override
        public Operation operation() {
            return Operation.CREATE;
        }

        @Override
        public Optional<LocationId> location() {
            return Optional.of(widget.locationId());
        }
    }
}
