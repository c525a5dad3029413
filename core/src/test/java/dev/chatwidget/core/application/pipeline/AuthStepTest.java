package dev.chatwidget.core.application.pipeline;

import static dev.chatwidget.core.application.pipeline.CallPipelineTest.CLOCK;
import static dev.chatwidget.core.application.pipeline.CallPipelineTest.GET;
import static dev.chatwidget.core.application.pipeline.CallPipelineTest.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.application.resilience.AttemptEvent;
import dev.chatwidget.core.application.resilience.AttemptEvent.Decision;
import dev.chatwidget.core.application.resilience.RetryPolicy;
import dev.chatwidget.core.call.Call;
import dev.chatwidget.core.call.CallContext;
import dev.chatwidget.core.call.CallResult;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.Forbidden;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.error.Unauthorized;
import dev.chatwidget.core.port.out.CallHandler;
import dev.chatwidget.core.port.out.TokenProvider;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The auth step: each attempt's token in its context, and the re-send after a refresh as an attempt of its own. */
class AuthStepTest {

    private static final AccessToken OLD = new AccessToken("old-token-1");
    private static final AccessToken NEW = new AccessToken("new-token-2");

    private final List<CallContext> handled = new ArrayList<>();
    private final List<AttemptEvent> attempts = new ArrayList<>();

    /** Answers 401 to {@link #OLD} and succeeds for any other token, recording each context it was given. */
    private final CallHandler acceptsOnlyNew = new CallHandler() {
        @Override
        @SuppressWarnings("unchecked")
        public <R> CallResult<R> handle(Call<R> call) {
            handled.add(call.context());
            AccessToken sent = call.context().credentials().orElseThrow();
            return sent.equals(OLD) ? CallResult.<R>failure(Unauthorized.of("expired")).withStatus(401)
                    : CallResult.success((R) "widget").withStatus(200);
        }
    };

    /** Hands out {@link #OLD} until told of a 401, then {@link #NEW}; counts the refreshes. */
    private static final class RotatingTokens implements TokenProvider {
        final AtomicInteger refreshes = new AtomicInteger();
        private volatile AccessToken current = OLD;
        private final boolean canRefresh;

        RotatingTokens(boolean canRefresh) {
            this.canRefresh = canRefresh;
        }

        @Override
        public Either<ChatWidgetError, AccessToken> token(Optional<LocationId> location) {
            return Either.right(current);
        }

        @Override
        public boolean onUnauthorized(Optional<LocationId> location, AccessToken rejected) {
            refreshes.incrementAndGet();
            if (canRefresh) {
                current = NEW;
            }
            return canRefresh;
        }
    }

    /** Always hands out {@link #OLD}; a 401 is answered by {@code refresh}. */
    private static TokenProvider oldTokenRefreshing(BooleanSupplier refresh) {
        return new TokenProvider() {
            @Override
            public Either<ChatWidgetError, AccessToken> token(Optional<LocationId> location) {
                return Either.right(OLD);
            }

            @Override
            public boolean onUnauthorized(Optional<LocationId> location, AccessToken rejected) {
                return refresh.getAsBoolean();
            }
        };
    }

    private CallPipeline pipeline(TokenProvider tokens, RetryPolicy policy) {
        return CallPipeline.builder(acceptsOnlyNew, CLOCK)
                .retry(new RetryStep(policy, duration -> { }, () -> 0L, attempts::add))
                .auth(new AuthStep(tokens))
                .build();
    }

    @Test
    void the_handler_gets_the_token_for_the_call_s_location_in_the_context() {
        List<Optional<LocationId>> asked = new ArrayList<>();
        TokenProvider tokens = location -> {
            asked.add(location);
            return Either.right(NEW);
        };

        assertThat(pipeline(tokens, RetryPolicy.defaults()).execute(GET).isRight()).isTrue();

        assertThat(asked).containsExactly(Optional.of(LOCATION));
        assertThat(handled).singleElement().satisfies(c -> assertThat(c.credentials()).contains(NEW));
    }

    @Test
    void the_provider_may_wait_for_a_token_no_longer_than_the_attempt_has_left() {
        List<Duration> waits = new ArrayList<>();
        TokenProvider tokens = new TokenProvider() {
            @Override
            public Either<ChatWidgetError, AccessToken> token(Optional<LocationId> location) {
                throw new AssertionError("the auth step must say how long it can wait");
            }

            @Override
            public Either<ChatWidgetError, AccessToken> token(Optional<LocationId> location, Duration maxWait) {
                waits.add(maxWait);
                return Either.right(NEW);
            }
        };
        RetryPolicy policy = RetryPolicy.defaults().withAttemptTimeout(Duration.ofMillis(1_500));

        assertThat(pipeline(tokens, policy).execute(GET).isRight()).isTrue();

        // The clock stands still, so all of the attempt's 1.5 s is left when the step asks.
        assertThat(waits).containsExactly(Duration.ofMillis(1_500));
    }

    @Test
    void a_token_error_fails_the_call_before_the_handler() {
        Forbidden noToken = Forbidden.of("no tokens stored for loc-1");

        Either<ChatWidgetError, ?> result = pipeline(location -> Either.left(noToken), RetryPolicy.defaults())
                .execute(GET);

        assertThat(result.getLeft()).isEqualTo(noToken);
        assertThat(handled).isEmpty();
    }

    @Test
    void after_a_refresh_the_call_is_sent_again_as_attempt_two_seen_by_the_listener() {
        RotatingTokens tokens = new RotatingTokens(true);

        assertThat(pipeline(tokens, RetryPolicy.defaults()).execute(GET).isRight()).isTrue();

        assertThat(handled).extracting(CallContext::attempt).containsExactly(1, 2);
        assertThat(handled).extracting(c -> c.credentials().orElseThrow()).containsExactly(OLD, NEW);
        assertThat(attempts).extracting(AttemptEvent::attempt).containsExactly(1, 2);
        assertThat(attempts.get(0).decision()).isEqualTo(Decision.RETRY);
        assertThat(attempts.get(0).error()).get().isInstanceOf(Unauthorized.class);
        assertThat(attempts.get(1).error()).isEmpty();
        assertThat(tokens.refreshes).hasValue(1);
    }

    @Test
    void the_refresh_re_send_happens_without_a_retry_policy_too() {
        RotatingTokens tokens = new RotatingTokens(true);
        CallPipeline bare = CallPipeline.builder(acceptsOnlyNew, CLOCK).auth(new AuthStep(tokens)).build();

        assertThat(bare.execute(GET).isRight()).isTrue();

        assertThat(handled).extracting(CallContext::attempt).containsExactly(1, 2);
    }

    @Test
    void without_a_refresh_the_unauthorized_answer_surfaces_after_one_attempt() {
        RotatingTokens tokens = new RotatingTokens(false);

        Either<ChatWidgetError, ?> result = pipeline(tokens, RetryPolicy.defaults()).execute(GET);

        assertThat(result.getLeft()).isInstanceOf(Unauthorized.class);
        assertThat(handled).hasSize(1);
        assertThat(tokens.refreshes).hasValue(1);
    }

    @Test
    void a_call_is_sent_again_after_a_refresh_only_once() {
        AtomicInteger refreshes = new AtomicInteger();
        TokenProvider alwaysRefreshing = oldTokenRefreshing(() -> refreshes.incrementAndGet() > 0);

        Either<ChatWidgetError, ?> result = pipeline(alwaysRefreshing, RetryPolicy.defaults()).execute(GET);

        assertThat(result.getLeft()).isInstanceOf(Unauthorized.class);
        assertThat(handled).hasSize(2);
    }

    @Test
    void a_provider_that_throws_is_a_typed_error_saying_nothing_was_sent() {
        TokenProvider broken = location -> {
            throw new IllegalStateException("store unreadable: secret=abc");
        };

        Either<ChatWidgetError, ?> result = pipeline(broken, RetryPolicy.defaults()).execute(GET);

        assertThat(result.getLeft()).isInstanceOfSatisfying(TransportFailure.class, failure -> {
            assertThat(failure.mayHaveReachedServer()).isFalse();
            assertThat(failure.message()).contains("token provider").doesNotContain("secret=abc");
        });
        assertThat(handled).isEmpty();
    }

    @Test
    void a_refresh_that_throws_leaves_the_unauthorized_answer() {
        TokenProvider refreshThrows = oldTokenRefreshing(() -> {
            throw new IllegalStateException("refresh endpoint down");
        });

        Either<ChatWidgetError, ?> result = pipeline(refreshThrows, RetryPolicy.defaults()).execute(GET);

        assertThat(result.getLeft()).isInstanceOf(Unauthorized.class);
        assertThat(handled).hasSize(1);
    }

    @Test
    void the_context_never_shows_the_token() {
        CallContext context = CallContext.start(GET, CLOCK, java.time.Duration.ofSeconds(1)).withCredentials(NEW);

        assertThat(context.toString()).doesNotContain(NEW.reveal()).contains("credentials=****");
        assertThat(context.withRateLimitWait(java.time.Duration.ZERO).credentials()).contains(NEW);
        assertThat(context.withAttempt(2, context.attemptDeadline()).credentials()).isEmpty();
    }
}
