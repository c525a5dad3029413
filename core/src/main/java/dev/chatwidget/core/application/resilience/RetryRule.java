package dev.chatwidget.core.application.resilience;

import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.RateLimited;
import dev.chatwidget.core.error.ServerError;
import dev.chatwidget.core.error.TransportFailure;
import java.util.Set;

/**
 * Which failures are worth another attempt. A burst 429 always is (the service refused the request unprocessed);
 * a daily 429 never is today. Transient 5xx (500, 502, 503, 504) and transport failures are retried for idempotent
 * operations only; a create or clone is retried only after a transport failure that certainly never reached the
 * server, so a retry can never make a second widget. Everything else (400/422, 401, 403, 404, other 5xx, an
 * unexpected response) would fail the same way again.
 */
public final class RetryRule {

    /** The 5xx statuses that usually mean "try again shortly". */
    public static final Set<Integer> TRANSIENT_SERVER_STATUSES = Set.of(500, 502, 503, 504);

    private RetryRule() {
    }

    /** Whether {@code error}, returned by {@code operation}, may be retried. */
    public static boolean retryable(Operation operation, ChatWidgetError error) {
        if (error instanceof RateLimited limited) {
            return limited.scope() == RateLimited.Scope.BURST;
        }
        if (error instanceof TransportFailure failure) {
            return operation.idempotent() || !failure.mayHaveReachedServer();
        }
        if (error instanceof ServerError server) {
            return operation.idempotent() && TRANSIENT_SERVER_STATUSES.contains(server.status());
        }
        return false;
    }

    /** Whether the attempt that ended in {@code error} may have reached the service (only a certain no is false). */
    static boolean mayHaveReachedServer(ChatWidgetError error) {
        return !(error instanceof TransportFailure failure) || failure.mayHaveReachedServer();
    }
}
