package dev.chatwidget.adapter.inmemory;

import dev.chatwidget.core.domain.LocationId;
import java.util.Set;

/** Which locations the caller may see, so consumers can test their handling of 403 Forbidden. */
@FunctionalInterface
public interface AccessPolicy {

    /** Every location is allowed (the default). */
    AccessPolicy ALLOW_ALL = location -> true;

    boolean allows(LocationId location);

    /** Only the given locations are allowed. */
    static AccessPolicy only(Set<LocationId> locations) {
        Set<LocationId> copy = Set.copyOf(locations);
        return copy::contains;
    }

    /** Every location but the given ones is allowed. */
    static AccessPolicy allExcept(Set<LocationId> locations) {
        Set<LocationId> copy = Set.copyOf(locations);
        return location -> !copy.contains(location);
    }
}
