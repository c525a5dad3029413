package dev.chatwidget.core.call;

/**
 * One cross-cutting step around the rest of the chain (retry, rate limit, observation, ...): it may change the
 * call's context, proceed zero or more times, and look at or replace the result on the way back. A step knows
 * nothing of the eight operations; what it needs is in the {@link CallContext}.
 */
public interface CallStep {

    /** Handles {@code call}, asking {@code next} for the rest of the chain's result as often as it needs. */
    <R> CallResult<R> handle(Call<R> call, CallChain next);
}
