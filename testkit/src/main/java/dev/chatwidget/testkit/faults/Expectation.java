package dev.chatwidget.testkit.faults;

import dev.chatwidget.core.error.ChatWidgetError;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What one cell of the fault matrix must end in: success or an error of one type (with a detail that must hold),
 * how many requests the server saw, and how many times the write took effect (see {@link GatewayCalls#effects}).
 */
public record Expectation(Optional<Class<? extends ChatWidgetError>> error, String detail,
                          Predicate<ChatWidgetError> detailHolds, int requests, long effects) {

    public static Expectation success(int requests, long effects) {
        return new Expectation(Optional.empty(), "", e -> true, requests, effects);
    }

    public static Expectation failure(Class<? extends ChatWidgetError> type, int requests, long effects) {
        return new Expectation(Optional.of(type), "", type::isInstance, requests, effects);
    }

    /** Also requires {@code holds} of the error, described as {@code what}. */
    public Expectation and(String what, Predicate<ChatWidgetError> holds) {
        return new Expectation(error, detail.isEmpty() ? what : detail + ", " + what, detailHolds.and(holds),
                requests, effects);
    }

    public boolean succeeds() {
        return error.isEmpty();
    }

    @Override
    public String toString() {
        String outcome = error.map(type -> type.getSimpleName() + (detail.isEmpty() ? "" : " (" + detail + ")"))
                .orElse("success");
        return outcome + " after " + requests + " request(s), write took effect " + effects + " time(s)";
    }
}
