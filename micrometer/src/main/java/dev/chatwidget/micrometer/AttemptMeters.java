package dev.chatwidget.micrometer;

import dev.chatwidget.core.call.Call;
import dev.chatwidget.core.call.CallChain;
import dev.chatwidget.core.call.CallResult;
import dev.chatwidget.core.call.CallStep;
import dev.chatwidget.core.error.RateLimited;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.Objects;

/**
 * A per-attempt call step (after the rate limiter) that counts retries ({@value #RETRIES}: attempts after the
 * first) and 429 answers ({@value #RATE_LIMITED}), and times what the client-side limiter made each attempt wait
 * ({@value #RATE_LIMIT_WAIT}). Tagged by {@code operation} and {@code adapter} only.
 */
public final class AttemptMeters implements CallStep {

    public static final String RETRIES = "chatwidget.retries";
    public static final String RATE_LIMITED = "chatwidget.rate.limited";
    public static final String RATE_LIMIT_WAIT = "chatwidget.rate.limit.wait";

    private final MeterRegistry registry;
    private final String adapter;

    public AttemptMeters(MeterRegistry registry, String adapter) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.adapter = Objects.requireNonNull(adapter, "adapter");
    }

    @Override
    public <R> CallResult<R> handle(Call<R> call, CallChain next) {
        Tags tags = Tags.of(ChatWidgetTags.before(call.operation(), adapter));
        if (call.context().attempt() > 1) {
            Counter.builder(RETRIES).description("attempts after a call's first").tags(tags).register(registry)
                    .increment();
        }
        Timer.builder(RATE_LIMIT_WAIT).description("time the client-side rate limiter made an attempt wait")
                .tags(tags).register(registry).record(call.context().rateLimitWait());
        CallResult<R> result = next.proceed(call);
        boolean limited = result.status().orElse(0) == 429
                || result.outcome().fold(error -> error instanceof RateLimited, value -> false);
        if (limited) {
            Counter.builder(RATE_LIMITED).description("attempts the service answered 429 Too Many Requests")
                    .tags(tags).register(registry).increment();
        }
        return result;
    }
}
