package dev.chatwidget.testkit.server;

import dev.chatwidget.adapter.http.Endpoint;
import dev.chatwidget.core.domain.LocationId;
import io.vavr.control.Either;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The service's checks around a matched route, in its order: Version header (400), token (401), scope (401),
 * request parsing (400/422), location access (403), rate limit (429), then the gateway. Every response it makes
 * carries the rate-limit headers.
 */
final class WidgetApi {

    /** The {@code Version} header values the service accepts. */
    static final Set<String> VERSIONS = Set.of("v3", "2021-07-28", "2023-02-21");

    private static final String PUBLIC_BUCKET = "public";
    private static final String ANONYMOUS_BUCKET = "anonymous";

    private final Operations operations;
    private final Authenticator auth;
    private final RateLimiter limiter;
    private final ErrorReplies errors;

    WidgetApi(Operations operations, Authenticator auth, RateLimiter limiter, ErrorReplies errors) {
        this.operations = operations;
        this.auth = auth;
        this.limiter = limiter;
        this.errors = errors;
    }

    Reply handle(Router.Matched match, RecordedRequest request, byte[] body) {
        Optional<String> version = request.header("Version").map(String::trim);
        if (version.isEmpty()) {
            return anonymous(errors.badRequest("Bad Request: the Version header is required"));
        }
        if (!VERSIONS.contains(version.get())) {
            return anonymous(errors.badRequest("Bad Request: unsupported Version header, expected one of " + VERSIONS));
        }
        Endpoint route = match.route();
        Optional<String> bearer = Optional.empty();
        Optional<TokenAccess> grant = Optional.empty();
        if (route.scope().isPresent()) {
            bearer = Authenticator.bearer(request.header("Authorization"));
            grant = bearer.flatMap(auth::grantOf);
            if (grant.isEmpty()) {
                return anonymous(errors.unauthorized(ErrorReplies.INVALID_TOKEN));
            }
            if (!grant.get().hasScope(route.scope().get())) {
                return anonymous(errors.unauthorized(ErrorReplies.MISSING_SCOPE));
            }
        }
        Optional<QueryParams> query = QueryParams.parse(request.rawQuery());
        if (query.isEmpty()) {
            return anonymous(errors.badRequest("Bad Request: the query is not valid percent-encoded UTF-8"));
        }
        Either<Reply, PreparedCall> prepared = operations.prepare(match, query.get(), body);
        if (prepared.isLeft()) {
            return anonymous(prepared.getLeft());
        }
        PreparedCall call = prepared.get();
        String bucket = bearer.map(b -> bucketOf(b, call.location())).orElse(PUBLIC_BUCKET);
        if (grant.isPresent() && call.location().isPresent() && !grant.get().allows(call.location().get())) {
            return withLimits(errors.forbidden(ErrorReplies.FOREIGN_LOCATION), limiter.peek(bucket));
        }
        RateLimiter.Outcome limits = limiter.consume(bucket);
        if (!limits.allowed()) {
            boolean daily = limits.exceeded().get() == RateLimiter.Exceeded.DAILY;
            Reply refused = errors.tooManyRequests(daily
                    ? "Too Many Requests: the daily limit is used up"
                    : "Too Many Requests: the burst limit is used up, retry after the interval");
            return withLimits(refused.withHeaders(Map.of("Retry-After", Long.toString(limits.retryAfterSeconds()))),
                    limits);
        }
        return withLimits(call.run().get(), limits);
    }

    /** A response made before the request could be attributed to a bucket: it reports, but does not count. */
    Reply anonymous(Reply reply) {
        return withLimits(reply, limiter.peek(ANONYMOUS_BUCKET));
    }

    void resetLimits() {
        limiter.reset();
    }

    /** Per token and location, as the service counts (a create without a location counts per token). */
    private static String bucketOf(String bearer, Optional<LocationId> location) {
        return bearer + '\n' + location.map(LocationId::value).orElse("");
    }

    private static Reply withLimits(Reply reply, RateLimiter.Outcome limits) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-RateLimit-Max", Long.toString(limits.policy().burstMax()));
        headers.put("X-RateLimit-Remaining", Long.toString(limits.burstRemaining()));
        headers.put("X-RateLimit-Interval-Milliseconds", Long.toString(limits.policy().burstInterval().toMillis()));
        headers.put("X-RateLimit-Limit-Daily", Long.toString(limits.policy().dailyLimit()));
        headers.put("X-RateLimit-Daily-Remaining", Long.toString(limits.dailyRemaining()));
        // The format is undocumented; epoch milliseconds, like the interval header's unit.
        headers.put("X-RateLimit-Daily-Reset", Long.toString(limits.dailyResetEpochMillis()));
        return reply.withHeaders(headers);
    }
}
