package dev.chatwidget.fleet.tokens;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.ClientCredentials;
import java.time.Duration;

/** The one app and location every process of the token fleet shares, and its timing. */
final class FleetApp {

    static final ClientCredentials CLIENT = ClientCredentials.of("fleet-app", "fleet-app-secret");
    static final LocationId LOCATION = LocationId.of("fleet-location");
    /** Access tokens the fake server grants live this long, so a 20 s run needs several rotations. */
    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofSeconds(4);
    /** Each worker lists widgets this often. */
    static final Duration CALL_INTERVAL = Duration.ofMillis(50);
    /** Workers refresh this long before expiry. */
    static final Duration LEAD = Duration.ofSeconds(1);
    /** Longer than the slowest refresh on a loaded 2-core machine, so a live holder never loses its lease. */
    static final Duration LEASE_TIMEOUT = Duration.ofSeconds(10);
    static final Duration LEASE_WAIT = Duration.ofSeconds(15);
    /** Store commands fail after this (generous: the 2-core build machine is shared). */
    static final Duration STORE_TIMEOUT = Duration.ofSeconds(5);

    private FleetApp() {
    }
}
