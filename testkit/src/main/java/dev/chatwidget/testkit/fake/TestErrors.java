package dev.chatwidget.testkit.fake;

import dev.chatwidget.core.domain.RateLimits;
import dev.chatwidget.core.error.Forbidden;
import dev.chatwidget.core.error.Invalid;
import dev.chatwidget.core.error.NotFound;
import dev.chatwidget.core.error.RateLimited;
import dev.chatwidget.core.error.ServerError;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.error.Unauthorized;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/** Errors as the real service would report them, for fault injection. */
public final class TestErrors {

    private TestErrors() {
    }

    /** 429 on the burst window (100 per 10 s), retry after {@code retryAfter}. */
    public static RateLimited rateLimitedBurst(Duration retryAfter) {
        RateLimits limits = new RateLimits(OptionalLong.of(100), OptionalLong.of(0),
                Optional.of(Duration.ofSeconds(10)), OptionalLong.of(200_000), OptionalLong.of(150_000));
        return new RateLimited(RateLimited.Scope.BURST, limits, Optional.of(retryAfter),
                "rate limited: burst limit of 100 per 10 s reached", Optional.of("fake-trace"));
    }

    /** 429 on the daily quota (200,000 per day): not worth retrying today. */
    public static RateLimited rateLimitedDaily() {
        RateLimits limits = new RateLimits(OptionalLong.of(100), OptionalLong.of(50),
                Optional.of(Duration.ofSeconds(10)), OptionalLong.of(200_000), OptionalLong.of(0));
        return new RateLimited(RateLimited.Scope.DAILY, limits, Optional.empty(),
                "rate limited: daily limit of 200000 reached", Optional.of("fake-trace"));
    }

    public static ServerError serverError(int status) {
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("status must be 5xx (was " + status + ")");
        }
        return new ServerError(status, "server error " + status, Optional.of("fake-trace"));
    }

    /** A connection failure; {@code mayHaveReachedServer=false} means the request was certainly not sent. */
    public static TransportFailure transportFailure(boolean mayHaveReachedServer) {
        return TransportFailure.of(mayHaveReachedServer ? "read timed out" : "connection refused",
                mayHaveReachedServer);
    }

    public static NotFound notFound() {
        return new NotFound("chat widget not found", Optional.of("fake-trace"));
    }

    public static Forbidden forbidden() {
        return new Forbidden("The token does not have access to this location", Optional.of("fake-trace"));
    }

    public static Unauthorized unauthorized() {
        return new Unauthorized("Invalid token: access token is invalid", Optional.of("fake-trace"));
    }

    public static Invalid invalid(String field, String rule) {
        return Invalid.of(field, rule);
    }
}
