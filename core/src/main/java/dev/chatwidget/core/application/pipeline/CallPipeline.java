package dev.chatwidget.core.application.pipeline;

import dev.chatwidget.core.call.Call;
import dev.chatwidget.core.call.CallChain;
import dev.chatwidget.core.call.CallContext;
import dev.chatwidget.core.call.CallResult;
import dev.chatwidget.core.call.CallStep;
import dev.chatwidget.core.call.WidgetRequest;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.port.out.CallHandler;
import io.vavr.control.Either;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One ordered list of steps around a handler, and the facade's boundary: {@link #execute} starts the call's
 * context (its deadlines and attempt 1) and runs the call through every step to the handler and back. Nothing
 * thrown below gets out: a {@link RuntimeException} from a step or the handler becomes a {@link TransportFailure}
 * that says the request may have reached the server only if the handler had been entered.
 */
public final class CallPipeline {

    private final List<CallStep> steps;
    private final CallHandler handler;
    private final Clock clock;
    private final CallTimeouts timeouts;

    /** The steps run in list order, the first outermost; {@code handler} ends the chain. */
    public CallPipeline(List<CallStep> steps, CallHandler handler, Clock clock, CallTimeouts timeouts) {
        this.steps = List.copyOf(steps);
        this.handler = Objects.requireNonNull(handler, "handler");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
    }

    /** Assembles the standard chain (see {@link PipelineBuilder}) around {@code handler}. */
    public static PipelineBuilder builder(CallHandler handler, Clock clock) {
        return new PipelineBuilder(handler, clock);
    }

    /** The steps, outermost first. */
    public List<CallStep> steps() {
        return steps;
    }

    /** Runs {@code request} through the chain; never throws for anything a step or the handler throws. */
    public <R> Either<ChatWidgetError, R> execute(WidgetRequest<R> request) {
        Objects.requireNonNull(request, "request");
        AtomicBoolean reached = new AtomicBoolean();
        try {
            CallContext context = CallContext.start(request, clock, timeouts.call(), timeouts.attempt());
            CallResult<R> result = new Link(0, reached).proceed(new Call<>(request, context));
            if (result == null) {
                return Either.left(TransportFailure.of("a step of the call pipeline returned no result",
                        reached.get()));
            }
            return result.outcome();
        } catch (RuntimeException e) {
            // Only the exception's type: its message could carry what a collaborator should not have put there.
            return Either.left(TransportFailure.of("the call failed unexpectedly (" + e.getClass().getName() + ")",
                    reached.get()));
        }
    }

    /** The rest of the chain from step {@code index}; the handler after the last step. */
    private final class Link implements CallChain {
        private final int index;
        // Whether the handler was entered for this call (on any thread), so the request may have been sent.
        private final AtomicBoolean reached;

        Link(int index, AtomicBoolean reached) {
            this.index = index;
            this.reached = reached;
        }

        @Override
        public <R> CallResult<R> proceed(Call<R> call) {
            Objects.requireNonNull(call, "call");
            if (index < steps.size()) {
                return steps.get(index).handle(call, new Link(index + 1, reached));
            }
            reached.set(true);
            return handler.handle(call);
        }
    }
}
