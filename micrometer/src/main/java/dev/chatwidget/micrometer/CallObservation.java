package dev.chatwidget.micrometer;

import dev.chatwidget.core.call.Call;
import dev.chatwidget.core.call.CallChain;
import dev.chatwidget.core.call.CallResult;
import dev.chatwidget.core.call.CallStep;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Locale;
import java.util.Objects;

/**
 * A call step that observes what it wraps as one {@link Observation} per pass: {@code chatwidget.call} placed
 * before retry (one per call), {@code chatwidget.attempt} placed after the rate limiter (one per attempt, the
 * re-send after a token refresh included). With a meter handler each becomes a timer; with micrometer-tracing, a
 * span (the attempts as children of their call). On a no-op registry it only passes the call on.
 */
public final class CallObservation implements CallStep {

    /** The per-call observation's name. */
    public static final String CALL = "chatwidget.call";
    /** The per-attempt observation's name. */
    public static final String ATTEMPT = "chatwidget.attempt";

    private final String name;
    private final ObservationRegistry registry;
    private final String adapter;

    private CallObservation(String name, ObservationRegistry registry, String adapter) {
        this.name = name;
        this.registry = Objects.requireNonNull(registry, "registry");
        this.adapter = Objects.requireNonNull(adapter, "adapter");
    }

    /** The per-call step; {@code adapter} names the adapter in the tags (e.g. {@code apache}). */
    public static CallObservation perCall(ObservationRegistry registry, String adapter) {
        return new CallObservation(CALL, registry, adapter);
    }

    /** The per-attempt step. */
    public static CallObservation perAttempt(ObservationRegistry registry, String adapter) {
        return new CallObservation(ATTEMPT, registry, adapter);
    }

    @Override
    public <R> CallResult<R> handle(Call<R> call, CallChain next) {
        if (registry.isNoop()) {
            return next.proceed(call);
        }
        Observation observation = Observation.createNotStarted(name, registry)
                .contextualName(name + " " + call.operation().name().toLowerCase(Locale.ROOT))
                .lowCardinalityKeyValues(KeyValues.of(ChatWidgetTags.before(call.operation(), adapter)))
                .start();
        try (Observation.Scope scope = observation.openScope()) {
            CallResult<R> result = next.proceed(call);
            observation.lowCardinalityKeyValues(ChatWidgetTags.after(result));
            return result;
        } catch (RuntimeException e) {
            observation.error(e);
            throw e;
        } finally {
            observation.stop();
        }
    }
}
