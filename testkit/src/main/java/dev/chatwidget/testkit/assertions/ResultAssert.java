package dev.chatwidget.testkit.assertions;

import dev.chatwidget.core.error.ChatWidgetError;
import io.vavr.control.Either;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.ObjectAssert;

/** Assertions on a call's result: {@code assertThat(result).failed().isNotFound()} or {@code .succeeded()}. */
public final class ResultAssert<T> extends AbstractAssert<ResultAssert<T>, Either<ChatWidgetError, T>> {

    ResultAssert(Either<ChatWidgetError, T> actual) {
        super(actual, ResultAssert.class);
    }

    /** The call succeeded; continues with assertions on its value. */
    public ObjectAssert<T> succeeded() {
        isNotNull();
        if (actual.isLeft()) {
            failWithMessage("Expected success but the call failed with %s: %s",
                    actual.getLeft().getClass().getSimpleName(), actual.getLeft().message());
        }
        return new ObjectAssert<>(actual.get());
    }

    /** The value of a successful call (for further typed assertions). */
    public T value() {
        succeeded();
        return actual.get();
    }

    /** The call failed; continues with assertions on the error. */
    public ChatWidgetErrorAssert failed() {
        isNotNull();
        if (actual.isRight()) {
            failWithMessage("Expected the call to fail but it succeeded with %s", actual.get());
        }
        return new ChatWidgetErrorAssert(actual.getLeft());
    }
}
