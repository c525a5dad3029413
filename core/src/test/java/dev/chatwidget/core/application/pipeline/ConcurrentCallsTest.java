package dev.chatwidget.core.application.pipeline;

import static dev.chatwidget.core.application.pipeline.CallPipelineTest.CLOCK;
import static dev.chatwidget.core.application.pipeline.CallPipelineTest.GET;
import static dev.chatwidget.core.application.pipeline.CallPipelineTest.NOW;
import static dev.chatwidget.core.application.pipeline.CallPipelineTest.TIMEOUTS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.application.pipeline.CallPipelineTest.StepBody;
import dev.chatwidget.core.application.resilience.RetryListener;
import dev.chatwidget.core.application.resilience.RetryPolicy;
import dev.chatwidget.core.call.Call;
import dev.chatwidget.core.call.CallChain;
import dev.chatwidget.core.call.CallResult;
import dev.chatwidget.core.call.CallStep;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.NotFound;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.port.out.CallHandler;
import dev.chatwidget.core.port.out.RateLimitListener;
import dev.chatwidget.core.port.out.RateLimiter;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Calls on many threads, and calls whose chain moves between threads: the context goes with the call. */
class ConcurrentCallsTest {

    private static final int CALLERS = 32;

    /** Like a transport whose pool is shut down under it: once closed, every call in flight or new throws. */
    private static final class ClosingHandler implements CallHandler {
        final AtomicBoolean closed = new AtomicBoolean();
        final AtomicInteger entered = new AtomicInteger();
        final CountDownLatch halfIn = new CountDownLatch(CALLERS / 2);
        final CountDownLatch closedNow = new CountDownLatch(1);

        @Override
        public <R> CallResult<R> handle(Call<R> call) {
            if (closed.get()) {
                throw new IllegalStateException("Connection pool shut down");
            }
            if (entered.incrementAndGet() <= CALLERS / 2) {
                halfIn.countDown();
                await(closedNow);
                throw new IllegalStateException("Connection pool shut down");
            }
            return CallResult.failure(NotFound.of("no such widget"));
        }
    }

    @Test
    void thirty_two_callers_while_the_handler_is_closed_mid_flight_all_get_a_typed_error_and_none_throws()
            throws Exception {
        ClosingHandler handler = new ClosingHandler();
        CallPipeline pipeline = CallPipeline.builder(handler, CLOCK)
                .retry(new RetryStep(RetryPolicy.defaults(), duration -> { }, new SplittableRandom(1),
                        RetryListener.NONE))
                .rateLimit(new RateLimitStep(RateLimiter.unlimited(), RateLimitListener.NONE))
                .build();
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        List<Throwable> escaped = new CopyOnWriteArrayList<>();
        try {
            List<Future<Either<ChatWidgetError, ChatWidget>>> results = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                results.add(callers.submit(() -> {
                    try {
                        return pipeline.execute(GET);
                    } catch (Throwable t) {
                        escaped.add(t);
                        throw t;
                    }
                }));
            }
            assertThat(handler.halfIn.await(10, TimeUnit.SECONDS)).isTrue();
            handler.closed.set(true);
            handler.closedNow.countDown();

            for (Future<Either<ChatWidgetError, ChatWidget>> result : results) {
                Either<ChatWidgetError, ChatWidget> outcome = result.get(10, TimeUnit.SECONDS);
                assertThat(outcome.getLeft()).isInstanceOfAny(TransportFailure.class, NotFound.class);
            }
            assertThat(escaped).isEmpty();
            long failures = results.stream().map(ConcurrentCallsTest::join)
                    .filter(e -> e.getLeft() instanceof TransportFailure failure && failure.mayHaveReachedServer())
                    .count();
            assertThat(failures).isGreaterThanOrEqualTo(CALLERS / 2);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void the_rest_of_the_chain_may_run_on_another_thread_the_context_travels_with_the_call() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        List<String> threads = new CopyOnWriteArrayList<>();
        List<Call<?>> handled = new CopyOnWriteArrayList<>();
        CallHandler recording = new CallHandler() {
            @Override
            public <R> CallResult<R> handle(Call<R> call) {
                threads.add(Thread.currentThread().getName());
                handled.add(call);
                return CallResult.failure(NotFound.of("no such widget"));
            }
        };
        try {
            CallStep offload = CallPipelineTest.step(new StepBody() {
                @Override
                public <R> CallResult<R> around(Call<R> call, CallChain next) {
                    Future<CallResult<R>> rest = executor.submit(() -> next.proceed(
                            call.withContext(call.context().withAttempt(2, NOW.plusSeconds(3)))));
                    try {
                        return rest.get();
                    } catch (InterruptedException | ExecutionException e) {
                        throw new IllegalStateException(e);
                    }
                }
            });

            var result = new CallPipeline(List.of(offload), recording, CLOCK, TIMEOUTS).execute(GET);

            assertThat(result.getLeft()).isInstanceOf(NotFound.class);
            assertThat(threads).singleElement().isNotEqualTo(Thread.currentThread().getName());
            assertThat(handled.get(0).context().attempt()).isEqualTo(2);
            assertThat(handled.get(0).context().attemptDeadline()).isEqualTo(NOW.plusSeconds(3));
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void a_handler_that_throws_on_another_thread_still_counts_as_reached() {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            CallStep offload = CallPipelineTest.step(new StepBody() {
                @Override
                public <R> CallResult<R> around(Call<R> call, CallChain next) {
                    try {
                        return executor.submit(() -> next.proceed(call)).get();
                    } catch (InterruptedException | ExecutionException e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            CallHandler broken = new CallHandler() {
                @Override
                public <R> CallResult<R> handle(Call<R> call) {
                    throw new IllegalStateException("boom");
                }
            };

            var result = new CallPipeline(List.of(offload), broken, CLOCK, TIMEOUTS).execute(GET);

            assertThat(((TransportFailure) result.getLeft()).mayHaveReachedServer()).isTrue();
        } finally {
            executor.shutdownNow();
        }
    }

    private static Either<ChatWidgetError, ChatWidget> join(Future<Either<ChatWidgetError, ChatWidget>> future) {
        try {
            return future.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
