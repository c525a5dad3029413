package dev.chatwidget.core.application.resilience;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.port.out.RateLimiter;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A limiter that records every request for a permit and answers as told (by default: granted at once). */
final class RecordingLimiter implements RateLimiter {

    /** One request for a permit. */
    record Request(Optional<LocationId> location, Instant deadline) {
    }

    private final List<Request> requests = new ArrayList<>();
    private Either<ChatWidgetError, Permit> answer = Either.right(Permit.IMMEDIATE);

    RecordingLimiter answering(Either<ChatWidgetError, Permit> value) {
        this.answer = value;
        return this;
    }

    @Override
    public synchronized Either<ChatWidgetError, Permit> acquire(Optional<LocationId> location, Instant deadline) {
        requests.add(new Request(location, deadline));
        return answer;
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }
}
