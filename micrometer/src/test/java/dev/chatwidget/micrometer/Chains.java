package dev.chatwidget.micrometer;

import dev.chatwidget.core.call.Call;
import dev.chatwidget.core.call.CallChain;
import dev.chatwidget.core.call.CallContext;
import dev.chatwidget.core.call.CallResult;
import dev.chatwidget.core.call.CallStep;
import dev.chatwidget.core.call.WidgetRequest;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.error.ServerError;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Runs steps around a scripted end of the chain, as the pipeline does. */
final class Chains {

    static final LocationId LOCATION = LocationId.of("loc-observed");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private Chains() {
    }

    static Call<Page<WidgetSummary>> list() {
        WidgetRequest<Page<WidgetSummary>> request = new WidgetRequest.ListWidgets(ListQuery.of(LOCATION));
        return new Call<>(request, CallContext.start(request, CLOCK, Duration.ofSeconds(30)));
    }

    static CallResult<Page<WidgetSummary>> ok() {
        return CallResult.success(new Page<WidgetSummary>(List.of(), 0, ListQuery.of(LOCATION))).withStatus(200);
    }

    static <R> CallResult<R> serverError(String message) {
        return CallResult.<R>failure(new ServerError(503, message, Optional.empty())).withStatus(503);
    }

    /** A retry step's shape: sends the call, then sends it again as attempt 2 and returns that answer. */
    static CallStep sendTwice() {
        return new CallStep() {
            @Override
            public <R> CallResult<R> handle(Call<R> call, CallChain next) {
                next.proceed(call);
                return next.proceed(call.withContext(call.context().withAttempt(2, call.context().callDeadline())));
            }
        };
    }

    /** {@code steps} in order, then {@code end} answering every call that reaches it. */
    static <R> CallResult<R> run(List<CallStep> steps, Call<R> call, Function<Call<?>, CallResult<?>> end) {
        return chain(steps, 0, end).proceed(call);
    }

    private static CallChain chain(List<CallStep> steps, int index, Function<Call<?>, CallResult<?>> end) {
        return new CallChain() {
            @Override
            @SuppressWarnings("unchecked")
            public <R> CallResult<R> proceed(Call<R> call) {
                if (index == steps.size()) {
                    return (CallResult<R>) end.apply(call);
                }
                return steps.get(index).handle(call, chain(steps, index + 1, end));
            }
        };
    }
}
