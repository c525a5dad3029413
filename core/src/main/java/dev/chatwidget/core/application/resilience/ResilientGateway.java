package dev.chatwidget.core.application.resilience;

import dev.chatwidget.core.port.out.ChatWidgetGateway;
import dev.chatwidget.core.port.out.RateLimiter;
import dev.chatwidget.core.port.out.Sleeper;
import java.time.Clock;
import java.util.random.RandomGenerator;

/** Stacks the resilience decorators around an adapter's gateway, in the one order that is right. */
public final class ResilientGateway {

    private ResilientGateway() {
    }

    /**
     * {@code retries( rateLimit( gateway ) )}. The limiter sits inside the retries so that every attempt, retries
     * included, takes its own permit: a retry is one more request against the service's limit. Were it outside,
     * one permit would cover up to {@code maxAttempts} requests and the retries would provoke the very 429s the
     * limiter exists to avoid. The retrying gateway's call deadline also bounds each wait for a permit.
     *
     * <p>For the limiter to adapt to the service's reported limits, give the same {@link TokenBucketRateLimiter}
     * to the adapter as its {@code RateLimitListener}.
     */
    public static ChatWidgetGateway wrap(ChatWidgetGateway gateway, RetryPolicy policy, RateLimiter limiter,
                                         Clock clock, Sleeper sleeper, RandomGenerator random,
                                         RetryListener listener) {
        ChatWidgetGateway limited = new RateLimitingGateway(gateway, limiter, clock, policy.callTimeout());
        return new RetryingGateway(limited, policy, clock, sleeper, random, listener);
    }
}
