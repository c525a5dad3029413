package dev.chatwidget.adapter.http;

import dev.chatwidget.core.domain.LocationId;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * One concrete call target: the endpoint, the fully encoded URI, and the location the call concerns (for the
 * token and the rate-limit listener; empty for the public config).
 */
public record Route(Endpoint endpoint, URI uri, Optional<LocationId> location) {

    public Route {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(uri, "uri");
        location = location == null ? Optional.empty() : location;
    }
}
