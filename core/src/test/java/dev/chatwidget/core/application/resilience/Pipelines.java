package dev.chatwidget.core.application.resilience;

import dev.chatwidget.core.application.pipeline.CallPipeline;
import dev.chatwidget.core.application.pipeline.GatewayHandler;
import dev.chatwidget.core.application.pipeline.RateLimitStep;
import dev.chatwidget.core.application.pipeline.RetryStep;
import dev.chatwidget.core.call.CallStep;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import dev.chatwidget.core.port.out.RateLimitListener;
import dev.chatwidget.core.port.out.RateLimiter;
import dev.chatwidget.core.port.out.Sleeper;
import java.time.Clock;
import java.util.List;
import java.util.random.RandomGenerator;

/** The pipelines the resilience tests run calls through, each ending at a (scripted) gateway. */
final class Pipelines {

    private Pipelines() {
    }

    /** Retries only; {@code perAttempt} steps see each attempt's call. */
    static CallPipeline retrying(ChatWidgetGateway gateway, RetryPolicy policy, Clock clock, Sleeper sleeper,
                                 RandomGenerator random, RetryListener listener, CallStep... perAttempt) {
        return CallPipeline.builder(new GatewayHandler(gateway), clock)
                .retry(new RetryStep(policy, sleeper, random, listener)).perAttempt(List.of(perAttempt)).build();
    }

    /** Rate limiting only (timeouts: {@link RetryPolicy#none()}'s). */
    static CallPipeline limited(ChatWidgetGateway gateway, RateLimiter limiter, RateLimitListener listener,
                                Clock clock) {
        return CallPipeline.builder(new GatewayHandler(gateway), clock)
                .rateLimit(new RateLimitStep(limiter, listener)).build();
    }

    /** Retries around rate limiting, as the core assembles them. */
    static CallPipeline resilient(ChatWidgetGateway gateway, RetryPolicy policy, RateLimiter limiter, Clock clock,
                                  Sleeper sleeper, RandomGenerator random, RetryListener listener) {
        return CallPipeline.builder(new GatewayHandler(gateway), clock)
                .retry(new RetryStep(policy, sleeper, random, listener))
                .rateLimit(new RateLimitStep(limiter, RateLimitListener.NONE)).build();
    }
}
