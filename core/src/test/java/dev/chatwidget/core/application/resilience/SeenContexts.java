package dev.chatwidget.core.application.resilience;

import dev.chatwidget.core.call.Call;
import dev.chatwidget.core.call.CallChain;
import dev.chatwidget.core.call.CallContext;
import dev.chatwidget.core.call.CallResult;
import dev.chatwidget.core.call.CallStep;
import java.util.ArrayList;
import java.util.List;

/** An observation step that records the context of every call passing it, then passes the call on. */
final class SeenContexts implements CallStep {

    private final List<CallContext> contexts = new ArrayList<>();

    @Override
    public synchronized <R> CallResult<R> handle(Call<R> call, CallChain next) {
        contexts.add(call.context());
        return next.proceed(call);
    }

    synchronized List<CallContext> contexts() {
        return List.copyOf(contexts);
    }
}
