package dev.chatwidget.testkit.server;

import com.sun.net.httpserver.HttpHandler;
import dev.chatwidget.adapter.http.wire.WireCodec;
import dev.chatwidget.adapter.inmemory.InMemoryFake;
import dev.chatwidget.adapter.inmemory.SeedWidget;
import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.LocationId;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * A fake of HighLevel's Chat Widget API over HTTP on loopback, backed by an {@link InMemoryFake}: the wire
 * protocol of API.md with tokens, scopes, location access, the Version header, rate limits and their headers,
 * plus recording of requests and scripted faults for tests.
 */
public final class FakeHighLevelServer implements AutoCloseable {

    private final int requestedPort;
    private final Executor lentExecutor;
    private final int threads;
    private final InMemoryFake fake;
    private final Authenticator auth;
    private final RateLimiter limiter;
    private final RequestLog log = new RequestLog();
    private final FaultScript faults = new FaultScript();
    private final ExchangeHandler handler;
    private Listener listener;
    private boolean closed;

    private FakeHighLevelServer(Builder builder) {
        this.requestedPort = builder.port;
        this.lentExecutor = builder.executor;
        this.threads = builder.threads;
        this.fake = builder.fake != null ? builder.fake : InMemoryFake.builder().clock(builder.clock).build();
        this.auth = new Authenticator(builder.tokens, builder.validators);
        this.limiter = new RateLimiter(builder.rateLimits, builder.clock);
        WireCodec codec = WireCodec.instance();
        ErrorReplies errors = new ErrorReplies(codec);
        WidgetApi api = new WidgetApi(new Operations(fake.gateway(), codec, errors), auth, limiter, errors);
        this.handler = new ExchangeHandler(builder.mounts, api, errors, log, faults, builder.clock);
    }

    /** A builder with the defaults: ephemeral port, no tokens, documented limits, system clock, fresh fake. */
    public static Builder builder() {
        return new Builder();
    }

    /** Binds to loopback and starts serving (at most once); returns this. */
    public synchronized FakeHighLevelServer start() {
        if (closed) {
            throw new IllegalStateException("the server was closed");
        }
        if (listener == null) {
            listener = Listener.start(requestedPort, handler, lentExecutor, threads);
        }
        return this;
    }

    /** Stops at once: open connections are closed, delayed faults are interrupted. Idempotent. */
    @Override
    public synchronized void close() {
        closed = true;
        if (listener != null) {
            listener.stop();
            listener = null;
        }
    }

    /** The port it listens on (started servers only). */
    public synchronized int port() {
        if (listener == null) {
            throw new IllegalStateException("the server is not running");
        }
        return listener.port();
    }

    /** {@code http://127.0.0.1:<port>}, the base URL to give a client (no trailing slash). */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** The in-memory fake behind the server: inspect stored widgets, change its access policy. */
    public InMemoryFake fake() {
        return fake;
    }

    /** Stores a widget of any type directly (see {@link InMemoryFake#seed}). */
    public ChatWidget seed(SeedWidget seed) {
        return fake.seed(seed);
    }

    /** Forgets widgets, recorded requests, queued faults and rate-limit counts; tokens are kept. */
    public void reset() {
        fake.reset();
        log.clear();
        faults.clear();
        limiter.reset();
    }

    /** Every request received since the last clear, in arrival order (faulted ones included). */
    public List<RecordedRequest> requests() {
        return log.all();
    }

    /** The requests received for one operation. */
    public List<RecordedRequest> requests(Operation operation) {
        return log.all().stream().filter(r -> r.is(operation)).toList();
    }

    /** The last request received, if any. */
    public Optional<RecordedRequest> lastRequest() {
        List<RecordedRequest> all = log.all();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** How many requests for {@code operation} reached the server since the last clear. */
    public int requestCount(Operation operation) {
        return log.count(operation);
    }

    /** Forgets the recorded requests (and so the counts). */
    public void clearRequests() {
        log.clear();
    }

    /** The fault queue: script misbehaviour for the next requests. */
    public FaultScript faults() {
        return faults;
    }

    /** Adds or replaces a token while running. */
    public void grant(String token, TokenAccess access) {
        auth.grant(requireToken(token), Objects.requireNonNull(access, "access"));
    }

    /** Forgets a configured token (its next use answers 401). */
    public void revoke(String token) {
        auth.revoke(token);
    }

    /** Adds a validator consulted, after the configured tokens, for bearer tokens the server does not know. */
    public void addTokenValidator(TokenValidator validator) {
        auth.addValidator(Objects.requireNonNull(validator, "validator"));
    }

    private static String requireToken(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("token must not be blank");
        }
        return token;
    }

    /** Configures a {@link FakeHighLevelServer}. */
    public static final class Builder {
        private int port;
        private final Map<String, TokenAccess> tokens = new LinkedHashMap<>();
        private final List<TokenValidator> validators = new ArrayList<>();
        private RateLimitPolicy rateLimits = RateLimitPolicy.DOCUMENTED;
        private Clock clock = Clock.systemUTC();
        private InMemoryFake fake;
        private Executor executor;
        private int threads = 8;
        private final Map<String, HttpHandler> mounts = new LinkedHashMap<>();

        private Builder() {
        }

        /** The port to bind on 127.0.0.1; 0 (the default) picks a free ephemeral port. */
        public Builder port(int value) {
            if (value < 0 || value > 65_535) {
                throw new IllegalArgumentException("port must be in 0..65535");
            }
            this.port = value;
            return this;
        }

        /** A bearer token that reaches {@code locations} with {@code scopes} (e.g. {@link Scopes#ALL}). */
        public Builder token(String token, Set<LocationId> locations, Set<String> scopes) {
            return token(token, TokenAccess.of(locations, scopes));
        }

        /** A bearer token with the given access (see {@link TokenAccess#anyLocation}). */
        public Builder token(String token, TokenAccess access) {
            tokens.put(requireToken(token), Objects.requireNonNull(access, "access"));
            return this;
        }

        /** A validator for bearer tokens not configured here (e.g. issued by a fake OAuth endpoint); repeatable. */
        public Builder tokenValidator(TokenValidator validator) {
            validators.add(Objects.requireNonNull(validator, "validator"));
            return this;
        }

        /** Burst and daily limits per token and location (default {@link RateLimitPolicy#DOCUMENTED}). */
        public Builder rateLimits(RateLimitPolicy value) {
            this.rateLimits = Objects.requireNonNull(value, "rateLimits");
            return this;
        }

        /** The burst limit: {@code max} requests per {@code interval} (default 100 per 10 s). */
        public Builder burstLimit(int max, Duration interval) {
            this.rateLimits = rateLimits.withBurst(max, interval);
            return this;
        }

        /** The daily limit (default 200,000), counted per UTC day. */
        public Builder dailyLimit(long limit) {
            this.rateLimits = rateLimits.withDailyLimit(limit);
            return this;
        }

        /** The clock for rate-limit windows, recording times and (when no fake is given) widget timestamps. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** The in-memory fake to serve (default: a fresh one on this builder's clock). */
        public Builder fake(InMemoryFake value) {
            this.fake = Objects.requireNonNull(value, "fake");
            return this;
        }

        /** Runs exchanges on {@code value}, which the caller owns and shuts down (default: a pool of its own). */
        public Builder executor(Executor value) {
            this.executor = Objects.requireNonNull(value, "executor");
            return this;
        }

        /** The size of the server's own thread pool when no executor is given (default 8). */
        public Builder threads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("threads must be >= 1");
            }
            this.threads = value;
            return this;
        }

        /**
         * Serves {@code path} (and everything below it) with {@code handler} instead of the widget API, e.g. a fake
         * {@code /oauth/token}. Such requests are recorded and faults apply, but Version, tokens and rate limits
         * are the handler's business.
         */
        public Builder handler(String path, HttpHandler handler) {
            if (path == null || !path.startsWith("/") || path.length() < 2) {
                throw new IllegalArgumentException("path must start with '/' and not be the root");
            }
            mounts.put(path, Objects.requireNonNull(handler, "handler"));
            return this;
        }

        /**
         * Serves {@code /oauth/token} from {@code oauth} and accepts the access tokens it issues (asked on every
         * request, so expired and revoked tokens answer 401). Give both the same clock so expiry lines up.
         */
        public Builder oauth(dev.chatwidget.testkit.server.oauth.FakeOAuth oauth) {
            Objects.requireNonNull(oauth, "oauth");
            handler(dev.chatwidget.testkit.server.oauth.OAuthTokenHandler.PATH, oauth.handler());
            return tokenValidator(bearer -> oauth.access(bearer).map(a -> TokenAccess.of(a.location(), a.scopes())));
        }

        /** A server configured like this, not yet started. */
        public FakeHighLevelServer build() {
            return new FakeHighLevelServer(this);
        }

        /** A server configured like this, started. */
        public FakeHighLevelServer start() {
            return build().start();
        }
    }
}
