package dev.chatwidget.adapter.http;

import java.time.Duration;

/**
 * What a {@link Transport} is built from: its connect and response (read-idle) timeouts and its connection pool's
 * sizes. It holds no credentials, so a transport can be built before the token provider that refreshes through it.
 * Every value is checked here; a bad one is an {@link IllegalArgumentException} naming the field.
 *
 * @param connectTimeout         to establish a connection
 * @param responseTimeout        of inactivity while waiting for the response
 * @param maxConnections         open connections in all, for transports that pool them
 * @param maxConnectionsPerRoute open connections to one host, at most {@code maxConnections}
 */
public record TransportSettings(Duration connectTimeout, Duration responseTimeout, int maxConnections,
                                int maxConnectionsPerRoute) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_CONNECTIONS = 50;
    public static final int DEFAULT_MAX_CONNECTIONS_PER_ROUTE = 20;

    public TransportSettings {
        positive("connectTimeout", connectTimeout);
        positive("responseTimeout", responseTimeout);
        if (maxConnections <= 0) {
            throw new IllegalArgumentException("maxConnections must be positive (was " + maxConnections + ")");
        }
        if (maxConnectionsPerRoute <= 0 || maxConnectionsPerRoute > maxConnections) {
            throw new IllegalArgumentException("maxConnectionsPerRoute must be between 1 and maxConnections (was "
                    + maxConnectionsPerRoute + ")");
        }
    }

    /** The defaults, which suit the real service: 10 s to connect, 30 s of silence, 50 connections (20 per host). */
    public static TransportSettings defaults() {
        return new TransportSettings(DEFAULT_CONNECT_TIMEOUT, DEFAULT_RESPONSE_TIMEOUT, DEFAULT_MAX_CONNECTIONS,
                DEFAULT_MAX_CONNECTIONS_PER_ROUTE);
    }

    public TransportSettings withConnectTimeout(Duration value) {
        return new TransportSettings(value, responseTimeout, maxConnections, maxConnectionsPerRoute);
    }

    public TransportSettings withResponseTimeout(Duration value) {
        return new TransportSettings(connectTimeout, value, maxConnections, maxConnectionsPerRoute);
    }

    public TransportSettings withMaxConnections(int total, int perRoute) {
        return new TransportSettings(connectTimeout, responseTimeout, total, perRoute);
    }

    private static void positive(String field, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(field + " must be a positive duration");
        }
    }
}
