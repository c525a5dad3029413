package dev.chatwidget.core.inject;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import dev.chatwidget.core.application.ChatWidgetService;
import dev.chatwidget.core.application.pipeline.AuthStep;
import dev.chatwidget.core.application.pipeline.CallPipeline;
import dev.chatwidget.core.application.pipeline.PipelineBuilder;
import dev.chatwidget.core.application.pipeline.RateLimitStep;
import dev.chatwidget.core.application.pipeline.RetryStep;
import dev.chatwidget.core.application.resilience.RetryListener;
import dev.chatwidget.core.application.resilience.RetryPolicy;
import dev.chatwidget.core.application.resilience.TokenBucketRateLimiter;
import dev.chatwidget.core.call.CallStep;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.port.out.CallHandler;
import dev.chatwidget.core.port.out.RateLimitListener;
import dev.chatwidget.core.port.out.RateLimiter;
import dev.chatwidget.core.port.out.Sleeper;
import dev.chatwidget.core.port.out.TokenProvider;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The core: the validating facade over the call pipeline, assembled here in its one order
 * ({@code @PerCall} steps, retry, rate limit, {@code @PerAttempt} steps, auth when a {@link TokenProvider} is
 * bound, the adapter's handler). An adapter module
 * installs it and binds {@code @Adapter CallHandler} (the end of the chain) and {@code @Adapter RateLimiter} (the
 * limiter that suits it: the token bucket for HTTP, none for the in-memory fake).
 *
 * <p>Extension points, each replaceable with {@code OptionalBinder.newOptionalBinder(binder(), key).setBinding()}
 * or with {@code Modules.override}: {@code @ForChatWidgets Clock} (default: the UTC system clock),
 * {@link RetryPolicy} ({@link RetryPolicy#defaults()}; it also holds the call and attempt timeouts),
 * {@link RateLimiter} (the adapter's), the {@link RateLimitListener} told the limits the service reports (the token
 * bucket), {@link RetryListener} (none), {@link Sleeper} (the system's), {@code @ForChatWidgets RandomGenerator}
 * (for backoff jitter) and {@link TokenProvider} (HTTP adapters set its default from their config). Observation
 * steps are added with {@code Multibinder.newSetBinder(binder(), CallStep.class, PerCall.class)} (or
 * {@link PerAttempt}); there are none by default.
 */
public final class CoreModule extends AbstractModule {

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), Key.get(Clock.class, ForChatWidgets.class))
                .setDefault().toInstance(Clock.systemUTC());
        OptionalBinder.newOptionalBinder(binder(), RetryPolicy.class).setDefault().toInstance(RetryPolicy.defaults());
        OptionalBinder.newOptionalBinder(binder(), RetryListener.class).setDefault().toInstance(RetryListener.NONE);
        OptionalBinder.newOptionalBinder(binder(), Sleeper.class).setDefault().toInstance(Sleeper.system());
        OptionalBinder.newOptionalBinder(binder(), Key.get(RandomGenerator.class, ForChatWidgets.class))
                .setDefault().to(Key.get(SecureRandom.class, ForChatWidgets.class));
        OptionalBinder.newOptionalBinder(binder(), RateLimiter.class)
                .setDefault().to(Key.get(RateLimiter.class, Adapter.class));
        OptionalBinder.newOptionalBinder(binder(), RateLimitListener.class)
                .setDefault().to(Key.get(TokenBucketRateLimiter.class, ForChatWidgets.class));
        OptionalBinder.newOptionalBinder(binder(), TokenProvider.class);
        Multibinder.newSetBinder(binder(), AutoCloseable.class, ForChatWidgets.class);
        Multibinder.newSetBinder(binder(), CallStep.class, PerCall.class);
        Multibinder.newSetBinder(binder(), CallStep.class, PerAttempt.class);
        bind(ChatWidgetsResources.class);
    }

    /** The documented 100 requests per 10 s per location, adapting to what the service reports. */
    @Provides
    @Singleton
    @ForChatWidgets
    TokenBucketRateLimiter tokenBucket(@ForChatWidgets Clock clock, Sleeper sleeper) {
        return new TokenBucketRateLimiter(clock, sleeper);
    }

    @Provides
    @Singleton
    @ForChatWidgets
    SecureRandom random() {
        return new SecureRandom();
    }

    /** The chain the facade runs every call through; a new step is one more line in the builder. */
    @Provides
    @Singleton
    CallPipeline pipeline(@Adapter CallHandler handler, @PerCall Set<CallStep> perCall,
                          @PerAttempt Set<CallStep> perAttempt, RetryPolicy policy, RateLimiter limiter,
                          RateLimitListener rateLimitListener, @ForChatWidgets Clock clock, Sleeper sleeper,
                          @ForChatWidgets RandomGenerator random, RetryListener retryListener,
                          Optional<TokenProvider> tokens) {
        PipelineBuilder builder = CallPipeline.builder(handler, clock)
                .perCall(perCall)
                .retry(new RetryStep(policy, sleeper, random, retryListener))
                .rateLimit(new RateLimitStep(limiter, rateLimitListener))
                .perAttempt(perAttempt);
        // Adapters that send credentials bind a TokenProvider; the in-memory fake binds none and needs no auth.
        tokens.ifPresent(provider -> builder.auth(new AuthStep(provider)));
        return builder.build();
    }

    @Provides
    @Singleton
    ChatWidgets chatWidgets(CallPipeline pipeline) {
        return new ChatWidgetService(pipeline);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CoreModule;
    }

    @Override
    public int hashCode() {
        return CoreModule.class.hashCode();
    }
}
