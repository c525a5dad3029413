package dev.chatwidget.testkit.server;

import dev.chatwidget.core.domain.LocationId;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A request that parsed: the location it concerns (for the access check and the rate-limit bucket; empty for
 * public config) and the gateway call to run once it is allowed.
 */
record PreparedCall(Optional<LocationId> location, Supplier<Reply> run) {
}
