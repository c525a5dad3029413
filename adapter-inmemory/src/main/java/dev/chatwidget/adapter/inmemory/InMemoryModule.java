package dev.chatwidget.adapter.inmemory;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.Provides;
import dev.chatwidget.core.application.pipeline.GatewayHandler;
import dev.chatwidget.core.inject.Adapter;
import dev.chatwidget.core.inject.CoreModule;
import dev.chatwidget.core.inject.ForChatWidgets;
import dev.chatwidget.core.inject.environment.AdapterProvider;
import dev.chatwidget.core.inject.environment.EnvironmentSettings;
import dev.chatwidget.core.port.out.CallHandler;
import dev.chatwidget.core.port.out.RateLimiter;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;

/**
 * The chat widgets over the in-memory fake. {@code new InMemoryModule()} makes a fresh fake on the
 * {@code @ForChatWidgets Clock}; {@code new InMemoryModule(fake)} uses one the test holds. Either way the fake is
 * bound as {@link InMemoryFake}, the handle for seeding and inspection. Calls run through the core's call
 * pipeline (retry, rate limit, observation steps) like any adapter's; its default limiter is none (bind
 * {@code RateLimiter} with {@code OptionalBinder.setBinding} to test limiting against the fake).
 */
public final class InMemoryModule extends AbstractModule {

    private final Function<Clock, InMemoryFake> fake;

    /** A module with a fresh, empty fake on the injector's clock. */
    public InMemoryModule() {
        this.fake = clock -> InMemoryFake.builder().clock(clock).build();
    }

    /** A module over {@code fake} (its own clock applies). */
    public InMemoryModule(InMemoryFake fake) {
        Objects.requireNonNull(fake, "fake");
        this.fake = clock -> fake;
    }

    @Override
    protected void configure() {
        install(new CoreModule());
    }

    @Provides
    @Singleton
    InMemoryFake fake(@ForChatWidgets Clock clock) {
        return fake.apply(clock);
    }

    /** The fake answers at once and never limits, so a test's bursts are not slowed by client-side limiting. */
    @Provides
    @Singleton
    @Adapter
    RateLimiter rateLimiter() {
        return RateLimiter.unlimited();
    }

    /** The chain ends at the fake's gateway; calls run through the same steps as over HTTP. */
    @Provides
    @Singleton
    @Adapter
    CallHandler handler(InMemoryFake handle) {
        return new GatewayHandler(handle.gateway());
    }

    /**
     * Offers this adapter to {@code ChatWidgetsEnvironment} as {@code inmemory} (listed in
     * {@code META-INF/services}); each module it makes has a fresh, empty fake.
     */
    public static final class EnvironmentProvider implements AdapterProvider {

        public static final String NAME = "inmemory";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public boolean needsToken() {
            return false;
        }

        @Override
        public Module module(EnvironmentSettings settings) {
            return new InMemoryModule();
        }
    }
}
