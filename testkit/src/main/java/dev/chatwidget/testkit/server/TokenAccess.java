package dev.chatwidget.testkit.server;

import dev.chatwidget.core.domain.LocationId;
import java.util.Objects;
import java.util.Set;

/**
 * What a bearer token may do: the locations it can reach (or every location) and its scopes.
 *
 * @param locations    the locations the token can reach (ignored when {@code anyLocation})
 * @param anyLocation  whether the token reaches every location (e.g. an agency-wide test token)
 * @param scopes       its OAuth scopes, e.g. {@link Scopes#ALL}
 */
public record TokenAccess(Set<LocationId> locations, boolean anyLocation, Set<String> scopes) {

    public TokenAccess {
        locations = Set.copyOf(Objects.requireNonNull(locations, "locations"));
        scopes = Set.copyOf(Objects.requireNonNull(scopes, "scopes"));
    }

    /** A token for the given locations with the given scopes. */
    public static TokenAccess of(Set<LocationId> locations, Set<String> scopes) {
        return new TokenAccess(locations, false, scopes);
    }

    /** A token for one location with the given scopes. */
    public static TokenAccess of(LocationId location, Set<String> scopes) {
        return new TokenAccess(Set.of(location), false, scopes);
    }

    /** A token that reaches every location. */
    public static TokenAccess anyLocation(Set<String> scopes) {
        return new TokenAccess(Set.of(), true, scopes);
    }

    /** Whether the token may act on {@code location}. */
    public boolean allows(LocationId location) {
        return anyLocation || locations.contains(location);
    }

    /** Whether the token carries {@code scope}. */
    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }
}
