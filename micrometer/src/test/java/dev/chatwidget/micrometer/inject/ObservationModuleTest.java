package dev.chatwidget.micrometer.inject;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.multibindings.OptionalBinder;
import dev.chatwidget.adapter.inmemory.InMemoryFake;
import dev.chatwidget.core.application.pipeline.GatewayHandler;
import dev.chatwidget.core.application.resilience.RetryPolicy;
import dev.chatwidget.core.call.Call;
import dev.chatwidget.core.call.CallResult;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.error.ServerError;
import dev.chatwidget.core.inject.Adapter;
import dev.chatwidget.core.inject.CoreModule;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.port.out.CallHandler;
import dev.chatwidget.core.port.out.RateLimiter;
import dev.chatwidget.micrometer.AttemptMeters;
import dev.chatwidget.micrometer.CallObservation;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Installed beside an adapter, the module observes every call and attempt the core's pipeline makes. */
class ObservationModuleTest {

    private final MeterRegistry meters = new SimpleMeterRegistry();
    private final ObservationRegistry observations = ObservationRegistry.create();

    @Test
    void a_call_retried_once_is_one_call_timer_two_attempt_timers_and_one_retry() {
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        ChatWidgets widgets = Guice.createInjector(new FailingOnceAdapter(),
                new ObservationModule(observations, Optional.of(meters), "inmemory")).getInstance(ChatWidgets.class);

        assertThat(widgets.list(ListQuery.of(LocationId.of("loc-guice"))).isRight()).isTrue();

        assertThat(meters.get(CallObservation.CALL).tags("operation", "list", "outcome", "success", "adapter",
                "inmemory").timer().count()).isEqualTo(1);
        assertThat(meters.get(CallObservation.ATTEMPT).tags("outcome", "ServerError", "status", "5xx").timer()
                .count()).isEqualTo(1);
        assertThat(meters.get(CallObservation.ATTEMPT).tags("outcome", "success").timer().count()).isEqualTo(1);
        assertThat(meters.get(AttemptMeters.RETRIES).counter().count()).isEqualTo(1);
        assertThat(meters.get(AttemptMeters.RATE_LIMIT_WAIT).timer().count()).isEqualTo(2);
    }

    /** The in-memory fake behind a handler whose first answer is a 503; retries wait a millisecond. */
    private static final class FailingOnceAdapter extends AbstractModule {
        @Override
        protected void configure() {
            install(new CoreModule());
            GatewayHandler fake = new GatewayHandler(InMemoryFake.create().gateway());
            AtomicInteger attempts = new AtomicInteger();
            bind(Key.get(CallHandler.class, Adapter.class)).toInstance(new CallHandler() {
                @Override
                public <R> CallResult<R> handle(Call<R> call) {
                    return attempts.incrementAndGet() == 1
                            ? CallResult.<R>failure(new ServerError(503, "busy", Optional.empty())).withStatus(503)
                            : fake.handle(call);
                }
            });
            bind(Key.get(RateLimiter.class, Adapter.class)).toInstance(RateLimiter.unlimited());
            OptionalBinder.newOptionalBinder(binder(), RetryPolicy.class).setBinding().toInstance(RetryPolicy.builder()
                    .baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(1)).build());
        }
    }
}
