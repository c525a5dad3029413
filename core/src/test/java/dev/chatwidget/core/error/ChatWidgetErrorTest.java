package dev.chatwidget.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatwidget.core.domain.RateLimits;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Errors are values that say what happened, with the status and trace id a caller needs. */
class ChatWidgetErrorTest {

    @Test
    void each_error_stands_for_its_http_status() {
        assertThat(Invalid.of("name", "must not be blank").status()).isEqualTo(422);
        assertThat(new Invalid(400, List.of(), null).status()).isEqualTo(400);
        assertThat(Unauthorized.of("bad token").status()).isEqualTo(401);
        assertThat(Forbidden.of("no access").status()).isEqualTo(403);
        assertThat(NotFound.of("gone").status()).isEqualTo(404);
        assertThat(new RateLimited(RateLimited.Scope.BURST, null, null, "slow down", null).status()).isEqualTo(429);
        assertThat(new ServerError(503, "down", null).status()).isEqualTo(503);
        assertThat(TransportFailure.of("refused", false).status()).isZero();
        assertThat(new UnexpectedResponse(200, "not json", null, null).excerpt()).isEmpty();
    }

    @Test
    void a_missing_trace_id_is_empty_and_a_sent_one_is_kept() {
        assertThat(NotFound.of("gone").traceId()).isEmpty();
        assertThat(new NotFound("gone", Optional.of("trace-1")).traceId()).contains("trace-1");
        assertThat(new ServerError(500, "x", Optional.of("t")).traceId()).contains("t");
        assertThat(new RateLimited(RateLimited.Scope.DAILY, null, null, "m", null).limits()).isEqualTo(RateLimits.NONE);
        assertThat(new RateLimited(RateLimited.Scope.DAILY, null, Optional.of(Duration.ofSeconds(3)), "m", null)
                .retryAfter()).contains(Duration.ofSeconds(3));
    }

    @Test
    void invalid_names_each_field_and_rule_in_its_message() {
        Invalid invalid = Invalid.of(List.of(Violation.of("limit", "must be between 1 and 100"),
                Violation.of("offset", "must be between 0 and 10000"), Violation.unattributed("Bad Request")));

        assertThat(invalid.concerns("limit")).isTrue();
        assertThat(invalid.concerns("offset")).isTrue();
        assertThat(invalid.concerns("name")).isFalse();
        assertThat(invalid.message()).isEqualTo("invalid request: limit: must be between 1 and 100; "
                + "offset: must be between 0 and 10000; Bad Request");
    }

    @Test
    void invalid_copies_its_violations() {
        List<Violation> violations = new ArrayList<>(List.of(Violation.of("a", "b")));
        Invalid invalid = Invalid.of(violations);
        violations.clear();

        assertThat(invalid.violations()).hasSize(1);
        assertThat(Violation.unattributed("m").field()).isEmpty();
        assertThatThrownBy(() -> Violation.of("f", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void chat_widget_exception_carries_the_error_and_its_message() {
        NotFound notFound = NotFound.of("chat widget w1 not found");

        ChatWidgetException exception = new ChatWidgetException(notFound);

        assertThat(exception.error()).isSameAs(notFound);
        assertThat(exception).hasMessage("chat widget w1 not found").isInstanceOf(RuntimeException.class);
        assertThat(exception.getStackTrace()).isNotEmpty();
    }

    @Test
    void chat_widget_exception_is_the_one_step_escape_from_an_either() {
        Either<ChatWidgetError, String> failed = Either.left(Forbidden.of("no access to location"));

        assertThatThrownBy(() -> failed.getOrElseThrow(ChatWidgetException::new))
                .isInstanceOfSatisfying(ChatWidgetException.class,
                        e -> assertThat(e.error()).isEqualTo(Forbidden.of("no access to location")));
        assertThat(Either.<ChatWidgetError, String>right("ok").getOrElseThrow(ChatWidgetException::new)).isEqualTo("ok");
        assertThatThrownBy(() -> new ChatWidgetException(null)).isInstanceOf(NullPointerException.class);
    }
}
