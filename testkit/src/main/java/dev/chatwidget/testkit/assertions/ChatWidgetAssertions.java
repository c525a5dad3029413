package dev.chatwidget.testkit.assertions;

import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.error.ChatWidgetError;
import io.vavr.control.Either;
import org.assertj.core.api.Assertions;

/**
 * The entry point of chat-widget's AssertJ assertions; extends AssertJ's {@link Assertions}, so one static import
 * gives both: {@code import static dev.chatwidget.testkit.assertions.ChatWidgetAssertions.assertThat;}.
 */
public class ChatWidgetAssertions extends Assertions {

    protected ChatWidgetAssertions() {
    }

    public static ChatWidgetAssert assertThat(ChatWidget actual) {
        return new ChatWidgetAssert(actual);
    }

    public static PageAssert assertThat(Page<WidgetSummary> actual) {
        return new PageAssert(actual);
    }

    public static ChatWidgetErrorAssert assertThat(ChatWidgetError actual) {
        return new ChatWidgetErrorAssert(actual);
    }

    public static <T> ResultAssert<T> assertThat(Either<ChatWidgetError, T> actual) {
        return new ResultAssert<>(actual);
    }
}
