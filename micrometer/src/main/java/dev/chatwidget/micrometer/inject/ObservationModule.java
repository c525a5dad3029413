package dev.chatwidget.micrometer.inject;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import dev.chatwidget.core.call.CallStep;
import dev.chatwidget.core.inject.PerAttempt;
import dev.chatwidget.core.inject.PerCall;
import dev.chatwidget.micrometer.AttemptMeters;
import dev.chatwidget.micrometer.CallObservation;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;
import java.util.Optional;

/**
 * Observation for a Guice composition: install it beside the adapter's module and every call is a
 * {@code chatwidget.call} observation, every attempt a {@code chatwidget.attempt} one; with a {@link MeterRegistry},
 * retries, 429s and rate-limiter waits are metered too. It only adds to the core's {@code @PerCall} and
 * {@code @PerAttempt} hooks, so leaving it out costs nothing.
 */
public final class ObservationModule extends AbstractModule {

    private final ObservationRegistry observations;
    private final Optional<MeterRegistry> meters;
    private final String adapter;

    /** {@code adapter} names the adapter in the tags (e.g. {@code apache}). */
    public ObservationModule(ObservationRegistry observations, Optional<MeterRegistry> meters, String adapter) {
        this.observations = Objects.requireNonNull(observations, "observations");
        this.meters = Objects.requireNonNull(meters, "meters");
        this.adapter = Objects.requireNonNull(adapter, "adapter");
    }

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), CallStep.class, PerCall.class).addBinding()
                .toInstance(CallObservation.perCall(observations, adapter));
        Multibinder<CallStep> perAttempt = Multibinder.newSetBinder(binder(), CallStep.class, PerAttempt.class);
        perAttempt.addBinding().toInstance(CallObservation.perAttempt(observations, adapter));
        meters.ifPresent(registry -> perAttempt.addBinding().toInstance(new AttemptMeters(registry, adapter)));
    }
}
