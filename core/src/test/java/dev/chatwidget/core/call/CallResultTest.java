package dev.chatwidget.core.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatwidget.core.call.WidgetRequest.GetWidget;
import dev.chatwidget.core.call.WidgetRequest.ListWidgets;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.RateLimits;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.error.NotFound;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** What comes back up the chain, and the call that goes down it. */
class CallResultTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    private static final GetWidget GET = new GetWidget(LocationId.of("loc"), WidgetId.of("w1"));

    @Test
    void a_plain_result_knows_only_its_outcome() {
        CallResult<String> success = CallResult.success("ok");
        CallResult<String> failure = CallResult.failure(NotFound.of("gone"));

        assertThat(success.succeeded()).isTrue();
        assertThat(success.outcome()).isEqualTo(Either.right("ok"));
        assertThat(failure.succeeded()).isFalse();
        assertThat(failure.outcome().getLeft()).isEqualTo(NotFound.of("gone"));
        for (CallResult<String> result : java.util.List.of(success, failure, CallResult.of(Either.right("x")))) {
            assertThat(result.status()).isEmpty();
            assertThat(result.reportedLimits()).isEmpty();
            assertThat(result.credentialsRefreshed()).isFalse();
        }
    }

    @Test
    void withers_add_what_the_adapter_learned_and_keep_the_rest() {
        RateLimits limits = RateLimits.NONE;

        CallResult<String> result = CallResult.<String>failure(NotFound.of("gone")).withStatus(404)
                .withReportedLimits(limits).withCredentialsRefreshed();

        assertThat(result.status()).hasValue(404);
        assertThat(result.reportedLimits()).containsSame(limits);
        assertThat(result.credentialsRefreshed()).isTrue();
        assertThat(result.outcome().getLeft()).isEqualTo(NotFound.of("gone"));
        assertThat(result.withStatus(401).reportedLimits()).containsSame(limits);
        assertThat(result.withReportedLimits(limits).credentialsRefreshed()).isTrue();
    }

    @Test
    void an_answer_carries_its_status_and_limits_at_once() {
        RateLimits limits = RateLimits.NONE;

        CallResult<String> answered = CallResult.answered(Either.left(NotFound.of("gone")), 404, limits);

        assertThat(answered).isEqualTo(CallResult.<String>failure(NotFound.of("gone")).withStatus(404)
                .withReportedLimits(limits));
        assertThat(answered.status()).hasValue(404);
        assertThat(answered.reportedLimits()).containsSame(limits);
        assertThat(answered.credentialsRefreshed()).isFalse();
    }

    @Test
    void every_status_is_kept_as_answered_the_common_ones_included() {
        for (int status : new int[] {200, 201, 204, 202, 299, 401, 500}) {
            assertThat(CallResult.answered(Either.right("w"), status, RateLimits.NONE).status()).as("%d", status)
                    .hasValue(status);
            assertThat(CallResult.success("w").withStatus(status).status()).as("%d", status).hasValue(status);
        }
    }

    @Test
    void a_result_must_have_an_outcome_with_a_value() {
        assertThatThrownBy(() -> CallResult.of(null)).hasMessageContaining("outcome");
        assertThatThrownBy(() -> CallResult.success(null)).hasMessageContaining("outcome's value");
    }

    @Test
    void a_call_takes_a_new_context_and_must_match_its_request_s_operation() {
        Call<?> call = new Call<>(GET, CallContext.start(GET, CLOCK, Duration.ofSeconds(30)));
        CallContext second = call.context().withAttempt(2, Instant.MAX);

        assertThat(call.withContext(second).context()).isSameAs(second);
        assertThat(call.withContext(second).request()).isSameAs(GET);
        assertThat(call.operation()).isEqualTo(Operation.GET);
        ListWidgets list = new ListWidgets(dev.chatwidget.core.domain.ListQuery.of(LocationId.of("loc")));
        assertThatThrownBy(() -> new Call<>(list, call.context())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GET").hasMessageContaining("LIST");
        assertThatThrownBy(() -> new Call<>(GET, null)).hasMessageContaining("context");
    }
}
