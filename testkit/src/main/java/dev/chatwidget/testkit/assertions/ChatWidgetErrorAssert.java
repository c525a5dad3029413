package dev.chatwidget.testkit.assertions;

import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.Forbidden;
import dev.chatwidget.core.error.Invalid;
import dev.chatwidget.core.error.NotFound;
import dev.chatwidget.core.error.RateLimited;
import dev.chatwidget.core.error.ServerError;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.error.Unauthorized;
import dev.chatwidget.core.error.UnexpectedResponse;
import org.assertj.core.api.AbstractAssert;

/** Assertions on an error: {@code assertThat(error).isInvalid().concernsField("name")}. */
public final class ChatWidgetErrorAssert extends AbstractAssert<ChatWidgetErrorAssert, ChatWidgetError> {

    ChatWidgetErrorAssert(ChatWidgetError actual) {
        super(actual, ChatWidgetErrorAssert.class);
    }

    public ChatWidgetErrorAssert isInvalid() {
        return isA(Invalid.class, "Invalid");
    }

    public ChatWidgetErrorAssert isNotFound() {
        return isA(NotFound.class, "NotFound");
    }

    public ChatWidgetErrorAssert isForbidden() {
        return isA(Forbidden.class, "Forbidden");
    }

    public ChatWidgetErrorAssert isUnauthorized() {
        return isA(Unauthorized.class, "Unauthorized");
    }

    public ChatWidgetErrorAssert isRateLimited() {
        return isA(RateLimited.class, "RateLimited");
    }

    public ChatWidgetErrorAssert isServerError() {
        return isA(ServerError.class, "ServerError");
    }

    public ChatWidgetErrorAssert isTransportFailure() {
        return isA(TransportFailure.class, "TransportFailure");
    }

    public ChatWidgetErrorAssert isUnexpectedResponse() {
        return isA(UnexpectedResponse.class, "UnexpectedResponse");
    }

    public ChatWidgetErrorAssert hasStatus(int expected) {
        isNotNull();
        if (actual.status() != expected) {
            failWithMessage("Expected status %s but was %s (%s)", expected, actual.status(), actual.message());
        }
        return this;
    }

    /** An {@code Invalid} error with a violation naming {@code field}. */
    public ChatWidgetErrorAssert concernsField(String field) {
        isInvalid();
        if (!((Invalid) actual).concerns(field)) {
            failWithMessage("Expected a violation of field <%s> but got: %s", field, actual.message());
        }
        return this;
    }

    public ChatWidgetErrorAssert hasMessageContaining(String text) {
        isNotNull();
        if (!actual.message().contains(text)) {
            failWithMessage("Expected the message to contain <%s> but was <%s>", text, actual.message());
        }
        return this;
    }

    private ChatWidgetErrorAssert isA(Class<? extends ChatWidgetError> type, String name) {
        isNotNull();
        if (!type.isInstance(actual)) {
            failWithMessage("Expected %s but was %s: %s", name, actual.getClass().getSimpleName(), actual.message());
        }
        return this;
    }
}
