package dev.chatwidget.core.call;

/** The rest of the chain after a step: the following steps and, at the end, the handler that does the work. */
public interface CallChain {

    /** Runs {@code call} through the rest of the chain. */
    <R> CallResult<R> proceed(Call<R> call);
}
