package dev.chatwidget.core.call;

import java.util.Objects;

/**
 * One call travelling the pipeline: what is asked and the context it is asked in.
 *
 * @param <R> the value a successful call produces
 */
public record Call<R>(WidgetRequest<R> request, CallContext context) {

    public Call {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(context, "context");
        if (request.operation() != context.operation()) {
            throw new IllegalArgumentException("context is for " + context.operation() + " but the request is "
                    + request.operation());
        }
    }

    /** The same request in another context (the next attempt, after a rate-limit wait, ...). */
    public Call<R> withContext(CallContext newContext) {
        return new Call<>(request, newContext);
    }

    /** Shorthand for the request's operation. */
    public Operation operation() {
        return request.operation();
    }
}
