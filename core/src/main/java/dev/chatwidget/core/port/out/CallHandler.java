package dev.chatwidget.core.port.out;

import dev.chatwidget.core.call.Call;
import dev.chatwidget.core.call.CallResult;

/**
 * The end of the core's chain: performs one attempt of a call (an HTTP exchange, or the in-memory fake's work).
 * The context carries the attempt's deadline, which an implementation must not overrun. Expected failures are
 * returned as {@link CallResult#failure failures}, never thrown.
 */
public interface CallHandler {

    /** Performs one attempt of {@code call}. */
    <R> CallResult<R> handle(Call<R> call);
}
