package dev.chatwidget.testkit.fake;

import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.error.ChatWidgetError;
import io.vavr.control.Either;
import java.util.List;
import java.util.Optional;

/**
 * One call that reached the fake: the operation, its arguments in order, its outcome, and whether an injected
 * fault produced that outcome.
 */
public record RecordedCall(Operation operation, List<Object> arguments, Either<ChatWidgetError, Object> outcome,
                           boolean faulted) {

    public RecordedCall {
        arguments = List.copyOf(arguments);
    }

    public boolean succeeded() {
        return outcome.isRight();
    }

    public Optional<ChatWidgetError> error() {
        return outcome.isLeft() ? Optional.of(outcome.getLeft()) : Optional.empty();
    }

    /** The first argument of the given type (e.g. the {@code NewWidget} of a create). */
    public <T> Optional<T> argument(Class<T> type) {
        return arguments.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
