package dev.chatwidget.cli.inject;

import dev.chatwidget.adapter.inmemory.InMemoryFake;
import dev.chatwidget.core.application.ChatWidgetService;
import dev.chatwidget.core.application.pipeline.CallPipeline;
import dev.chatwidget.core.application.pipeline.GatewayHandler;
import dev.chatwidget.core.application.pipeline.RateLimitStep;
import dev.chatwidget.core.application.pipeline.RetryStep;
import dev.chatwidget.core.application.resilience.RetryListener;
import dev.chatwidget.core.application.resilience.RetryPolicy;
import dev.chatwidget.core.port.out.RateLimitListener;
import dev.chatwidget.core.port.out.RateLimiter;
import dev.chatwidget.core.port.out.Sleeper;
import java.time.Clock;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The in-memory fake wired by hand exactly as {@code InMemoryModule} wires it (the core's pipeline with its retry
 * and rate-limit steps, no limiter, the UTC system clock), without building an injector: Guice's class loading and
 * injector creation took most of an in-memory command's start-up.
 */
final class InMemoryRuntime {

    private InMemoryRuntime() {
    }

    static ChatWidgetsRuntime start() {
        Clock clock = Clock.systemUTC();
        InMemoryFake fake = InMemoryFake.builder().clock(clock).build();
        // Backoff jitter only; the fake never answers a retryable error unless a test's access policy says so.
        CallPipeline pipeline = CallPipeline.builder(new GatewayHandler(fake.gateway()), clock)
                .retry(new RetryStep(RetryPolicy.defaults(), Sleeper.system(), new SplittableRandom(),
                        RetryListener.NONE))
                .rateLimit(new RateLimitStep(RateLimiter.unlimited(), RateLimitListener.NONE))
                .build();
        return new ChatWidgetsRuntime(new ChatWidgetService(pipeline), Optional.of(fake), () -> { });
    }
}
