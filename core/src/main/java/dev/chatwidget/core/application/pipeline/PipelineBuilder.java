package dev.chatwidget.core.application.pipeline;

import dev.chatwidget.core.application.resilience.RetryPolicy;
import dev.chatwidget.core.call.CallStep;
import dev.chatwidget.core.port.out.CallHandler;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place the order of the chain is decided: per-call observers, retry, rate limit, per-attempt observers,
 * auth, then the handler. Per-call observers see a call once; per-attempt observers see every attempt (the re-send
 * after a credentials refresh included) after its wait for the rate limiter. The call and attempt timeouts are the
 * retry policy's ({@link RetryPolicy#none()}'s without a retry step). A chain with auth but no retry step gets
 * {@link RetryStep#refreshOnly()}, so the re-send after a refresh never depends on a retry policy being set.
 */
public final class PipelineBuilder {

    private final CallHandler handler;
    private final Clock clock;
    private List<CallStep> perCall = List.of();
    private Optional<RetryStep> retry = Optional.empty();
    private Optional<RateLimitStep> rateLimit = Optional.empty();
    private List<CallStep> perAttempt = List.of();
    private Optional<AuthStep> auth = Optional.empty();

    PipelineBuilder(CallHandler handler, Clock clock) {
        this.handler = Objects.requireNonNull(handler, "handler");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Steps that see each call once, outermost. */
    public PipelineBuilder perCall(Collection<? extends CallStep> steps) {
        this.perCall = List.copyOf(steps);
        return this;
    }

    /** The retry step; its policy also sets the call and attempt timeouts. */
    public PipelineBuilder retry(RetryStep step) {
        this.retry = Optional.of(step);
        return this;
    }

    /** The client-side rate-limit step, inside the retries so that every attempt takes its own permit. */
    public PipelineBuilder rateLimit(RateLimitStep step) {
        this.rateLimit = Optional.of(step);
        return this;
    }

    /** Steps that see every attempt, just before the handler. */
    public PipelineBuilder perAttempt(Collection<? extends CallStep> steps) {
        this.perAttempt = List.copyOf(steps);
        return this;
    }

    /** The auth step, innermost: it hands the handler each attempt's token in the context. */
    public PipelineBuilder auth(AuthStep step) {
        this.auth = Optional.of(step);
        return this;
    }

    public CallPipeline build() {
        List<CallStep> steps = new ArrayList<>(perCall);
        if (retry.isPresent()) {
            steps.add(retry.get());
        } else if (auth.isPresent()) {
            steps.add(RetryStep.refreshOnly());
        }
        rateLimit.ifPresent(steps::add);
        steps.addAll(perAttempt);
        auth.ifPresent(steps::add);
        CallTimeouts timeouts = retry.map(step -> step.policy().timeouts()).orElseGet(RetryPolicy.none()::timeouts);
        return new CallPipeline(steps, handler, clock, timeouts);
    }
}
