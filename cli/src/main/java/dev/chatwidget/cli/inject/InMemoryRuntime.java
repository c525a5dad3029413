package dev.chatwidget.cli.inject;

import dev.chatwidget.adapter.inmemory.InMemoryFake;
import dev.chatwidget.core.application.ChatWidgetService;
import dev.chatwidget.core.application.resilience.ResilientGateway;
import dev.chatwidget.core.application.resilience.RetryListener;
import dev.chatwidget.core.application.resilience.RetryPolicy;
import dev.chatwidget.core.port.out.RateLimiter;
import dev.chatwidget.core.port.out.Sleeper;
import java.time.Clock;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The in-memory fake wired by hand exactly as {@code InMemoryModule} wires it (the core's retry and rate-limit
 * decorators, no limiter, the UTC system clock), without building an injector: Guice's class loading and injector
 * creation took most of an in-memory command's start-up.
 */
final class InMemoryRuntime {

    private InMemoryRuntime() {
    }

    static ChatWidgetsRuntime start() {
        Clock clock = Clock.systemUTC();
        InMemoryFake fake = InMemoryFake.builder().clock(clock).build();
        // Backoff jitter only; the fake never answers a retryable error unless a test's access policy says so.
        var gateway = ResilientGateway.wrap(fake.gateway(), RetryPolicy.defaults(), RateLimiter.unlimited(), clock,
                Sleeper.system(), new SplittableRandom(), RetryListener.NONE);
        return new ChatWidgetsRuntime(new ChatWidgetService(gateway), Optional.of(fake), () -> { });
    }
}
