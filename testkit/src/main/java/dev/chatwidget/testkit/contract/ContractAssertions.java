package dev.chatwidget.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.Forbidden;
import dev.chatwidget.core.error.Invalid;
import dev.chatwidget.core.error.NotFound;
import io.vavr.control.Either;
import java.util.List;

/** Checks on gateway outcomes that say, when they fail, what was attempted and what came back. */
public final class ContractAssertions {

    private ContractAssertions() {
    }

    /** The result of a call that must succeed. */
    public static <T> T ok(Either<ChatWidgetError, T> result, String action) {
        if (result.isLeft()) {
            throw new AssertionError(action + " should succeed, but failed with " + result.getLeft());
        }
        return result.get();
    }

    /** The error of a call that must fail with {@code type}. */
    public static <E extends ChatWidgetError> E fails(Either<ChatWidgetError, ?> result, Class<E> type, String action) {
        assertThat(result.isLeft())
                .as("%s should fail with %s, but succeeded with %s", action, type.getSimpleName(),
                        result.isRight() ? result.get() : null)
                .isTrue();
        assertThat(result.getLeft())
                .as("%s should fail with %s", action, type.getSimpleName())
                .isInstanceOf(type);
        return type.cast(result.getLeft());
    }

    /** A write the model refuses: {@code Invalid} with status 422. */
    public static Invalid invalid(Either<ChatWidgetError, ?> result, String action) {
        Invalid invalid = fails(result, Invalid.class, action);
        assertThat(invalid.status()).as("%s should be refused with status 422: %s", action, invalid).isEqualTo(422);
        assertThat(invalid.violations()).as("%s should say what is wrong", action).isNotEmpty();
        return invalid;
    }

    /** A bad query: {@code Invalid} with status 400 or 422 (the service's validation may answer either). */
    public static Invalid invalidQuery(Either<ChatWidgetError, ?> result, String action) {
        Invalid invalid = fails(result, Invalid.class, action);
        assertThat(invalid.status()).as("%s should be refused with 400 or 422: %s", action, invalid).isIn(400, 422);
        return invalid;
    }

    public static NotFound notFound(Either<ChatWidgetError, ?> result, String action) {
        NotFound notFound = fails(result, NotFound.class, action);
        assertThat(notFound.status()).as("%s should answer 404", action).isEqualTo(404);
        return notFound;
    }

    public static Forbidden forbidden(Either<ChatWidgetError, ?> result, String action) {
        Forbidden forbidden = fails(result, Forbidden.class, action);
        assertThat(forbidden.status()).as("%s should answer 403", action).isEqualTo(403);
        return forbidden;
    }

    /** Rule 1: exactly one live widget is the default, and it is {@code expected}. */
    public static void defaultIs(Scenario scenario, WidgetId expected, String after) {
        List<WidgetId> defaults = scenario.defaults().stream().map(WidgetSummary::id).toList();
        assertThat(defaults).as("after %s, the location's only default should be %s", after, expected)
                .containsExactly(expected);
    }

    /** Rule 1: exactly one default while a live widget exists, none otherwise. */
    public static void exactlyOneDefault(Scenario scenario, String after) {
        List<WidgetSummary> live = scenario.listAll();
        long defaults = live.stream().filter(WidgetSummary::isDefault).count();
        assertThat(defaults)
                .as("after %s, %d live widgets should have %s default, but were %s", after, live.size(),
                        live.isEmpty() ? "no" : "exactly one", live)
                .isEqualTo(live.isEmpty() ? 0 : 1);
    }
}
