package dev.chatwidget.testkit.inmemory;

import dev.chatwidget.adapter.inmemory.InMemoryFake;
import dev.chatwidget.adapter.inmemory.SeedWidget;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.CloneRequest;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import dev.chatwidget.testkit.contract.ContractSettings;
import io.vavr.control.Either;
import java.util.List;
import java.util.Optional;

/**
 * One step of a random write sequence on one location. Targets are indexes into the widgets made so far
 * (modulo their number), so a step may hit a deleted widget. Small records with short {@code toString}s, so a
 * shrunk counterexample reads like a script.
 */
sealed interface WidgetAction {

    /** Whether the step acts on an existing widget (it is skipped while none exists). */
    default boolean hasTarget() {
        return true;
    }

    /** The widget the step targets, if the step has one and anything was made yet. */
    Optional<WidgetId> target(List<WidgetId> made);

    /** The default flag a replace or patch asks for (empty for other steps, and when not named). */
    default Optional<Boolean> asksDefault() {
        return Optional.empty();
    }

    /** Runs the step (seeds through {@code fake}, everything else through its gateway). */
    Either<ChatWidgetError, ?> run(InMemoryFake fake, LocationId location, List<WidgetId> made);

    private static Optional<WidgetId> pick(List<WidgetId> made, int index) {
        return made.isEmpty() ? Optional.empty() : Optional.of(made.get(index % made.size()));
    }

    private static String flag(Optional<Boolean> isDefault) {
        return isDefault.map(d -> ", default=" + d).orElse("");
    }

    private static WidgetUpdate update(Optional<Boolean> isDefault, String name, boolean settings) {
        WidgetUpdate update = WidgetUpdate.none().withName(name);
        update = isDefault.map(update::withDefault).orElse(update);
        return settings ? update.withSettings(ContractSettings.heading(name)) : update;
    }

    record Create(boolean emailChat, Optional<Boolean> isDefault) implements WidgetAction {
        @Override
        public boolean hasTarget() {
            return false;
        }

        @Override
        public Optional<WidgetId> target(List<WidgetId> made) {
            return Optional.empty();
        }

        @Override
        public Either<ChatWidgetError, ChatWidget> run(InMemoryFake fake, LocationId location,
                                                       List<WidgetId> made) {
            ChatWidgetGateway gateway = fake.gateway();
            NewWidget widget = NewWidget.of(location, emailChat ? ChatType.EMAIL_CHAT : ChatType.LIVE_CHAT,
                    "w" + made.size());
            return gateway.create(isDefault.map(widget::withDefault).orElse(widget));
        }

        @Override
        public String toString() {
            return "create(" + (emailChat ? "emailChat" : "liveChat") + flag(isDefault) + ")";
        }
    }

    record Replace(int index, Optional<Boolean> isDefault) implements WidgetAction {
        @Override
        public Optional<Boolean> asksDefault() {
            return isDefault;
        }

        @Override
        public Optional<WidgetId> target(List<WidgetId> made) {
            return pick(made, index);
        }

        @Override
        public Either<ChatWidgetError, ?> run(InMemoryFake fake, LocationId location, List<WidgetId> made) {
            ChatWidgetGateway gateway = fake.gateway();
            return gateway.replace(location, target(made).orElseThrow(), update(isDefault, "replaced", true));
        }

        @Override
        public String toString() {
            return "replace(#" + index + flag(isDefault) + ")";
        }
    }

    record Patch(int index, Optional<Boolean> isDefault, boolean settings) implements WidgetAction {
        @Override
        public Optional<Boolean> asksDefault() {
            return isDefault;
        }

        @Override
        public Optional<WidgetId> target(List<WidgetId> made) {
            return pick(made, index);
        }

        @Override
        public Either<ChatWidgetError, ?> run(InMemoryFake fake, LocationId location, List<WidgetId> made) {
            ChatWidgetGateway gateway = fake.gateway();
            return gateway.patch(location, target(made).orElseThrow(), update(isDefault, "patched", settings));
        }

        @Override
        public String toString() {
            return "patch(#" + index + flag(isDefault) + (settings ? ", settings" : "") + ")";
        }
    }

    record Delete(int index) implements WidgetAction {
        @Override
        public Optional<WidgetId> target(List<WidgetId> made) {
            return pick(made, index);
        }

        @Override
        public Either<ChatWidgetError, ?> run(InMemoryFake fake, LocationId location, List<WidgetId> made) {
            ChatWidgetGateway gateway = fake.gateway();
            return gateway.delete(location, target(made).orElseThrow());
        }

        @Override
        public String toString() {
            return "delete(#" + index + ")";
        }
    }

    record Clone(int index) implements WidgetAction {
        @Override
        public Optional<WidgetId> target(List<WidgetId> made) {
            return pick(made, index);
        }

        @Override
        public Either<ChatWidgetError, ChatWidget> run(InMemoryFake fake, LocationId location,
                                                       List<WidgetId> made) {
            ChatWidgetGateway gateway = fake.gateway();
            return gateway.clone(CloneRequest.of(location, target(made).orElseThrow()));
        }

        @Override
        public String toString() {
            return "clone(#" + index + ")";
        }
    }

    /** Stores a new widget of any type directly, as seeding does: possibly default, possibly already deleted. */
    record Seed(int typeIndex, boolean isDefault, boolean deleted) implements WidgetAction {
        @Override
        public boolean hasTarget() {
            return false;
        }

        @Override
        public Optional<WidgetId> target(List<WidgetId> made) {
            return Optional.empty();
        }

        ChatType type() {
            return ChatType.KNOWN.get(typeIndex % ChatType.KNOWN.size());
        }

        @Override
        public Either<ChatWidgetError, ChatWidget> run(InMemoryFake fake, LocationId location, List<WidgetId> made) {
            SeedWidget seed = SeedWidget.of(location, type(), "s" + made.size());
            seed = isDefault ? seed.asDefault() : seed;
            return Either.right(fake.seed(deleted ? seed.asDeleted() : seed));
        }

        @Override
        public String toString() {
            return "seed(" + type() + (isDefault ? ", default" : "") + (deleted ? ", deleted" : "") + ")";
        }
    }
}
