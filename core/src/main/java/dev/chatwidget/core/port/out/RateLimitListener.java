package dev.chatwidget.core.port.out;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.RateLimits;
import java.util.Optional;

/** Told the limits the service reports on every response, successful or not (e.g. to adapt a client-side limiter). */
@FunctionalInterface
public interface RateLimitListener {

    RateLimitListener NONE = (location, limits) -> { };

    void onRateLimits(Optional<LocationId> location, RateLimits limits);
}
