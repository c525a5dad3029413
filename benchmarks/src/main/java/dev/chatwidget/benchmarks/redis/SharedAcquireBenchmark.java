package dev.chatwidget.benchmarks.redis;

import dev.chatwidget.adapter.redis.ratelimit.RedisRateLimiter;
import dev.chatwidget.adapter.redis.ratelimit.SharedRateLimit;
import dev.chatwidget.core.application.resilience.BurstLimit;
import dev.chatwidget.core.application.resilience.TokenBucketRateLimiter;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.port.out.RateLimiter.Permit;
import dev.chatwidget.core.port.out.Sleeper;
import io.vavr.control.Either;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import redis.embedded.RedisServer;

/**
 * What one permit costs: the shared limiter's {@code acquire} (one script round trip to a real redis-server on
 * loopback, started here) against the local token bucket's. The limit is far above what is reached, so no caller
 * ever waits: only the bookkeeping is measured.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class SharedAcquireBenchmark {

    private static final BurstLimit UNREACHED = BurstLimit.of(100_000_000, Duration.ofSeconds(1));
    private static final Sleeper NEVER = duration -> { };
    private static final Optional<LocationId> LOCATION = Optional.of(new LocationId("benchmarkLocation"));

    private RedisServer server;
    private RedisRateLimiter shared;
    private TokenBucketRateLimiter local;

    @Setup(Level.Trial)
    public void start() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        server = RedisServer.newRedisServer().port(port).bind("127.0.0.1").setting("save \"\"")
                .setting("appendonly no").build();
        server.start();
        SharedRateLimit config = SharedRateLimit.DEFAULTS.withLimit(UNREACHED).withMargin(Duration.ZERO)
                .withRedisTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(1));
        shared = RedisRateLimiter.connect("redis://127.0.0.1:" + port, config, Clock.systemUTC(),
                NEVER);
        local = new TokenBucketRateLimiter(UNREACHED, Clock.systemUTC(), NEVER);
        if (shared.acquire(LOCATION, Instant.now()).isLeft() || shared.isLocal()) {
            throw new IllegalStateException("the shared limiter did not reach redis-server");
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        if (shared.isLocal()) {
            throw new IllegalStateException("the shared limiter fell back to local during the run");
        }
        shared.close();
        server.stop();
    }

    @Benchmark
    public Either<ChatWidgetError, Permit> sharedAcquire() {
        return shared.acquire(LOCATION, Instant.MAX);
    }

    @Benchmark
    @Threads(4)
    public Either<ChatWidgetError, Permit> sharedAcquire_4threads() {
        return shared.acquire(LOCATION, Instant.MAX);
    }

    @Benchmark
    public Either<ChatWidgetError, Permit> localAcquire() {
        return local.acquire(LOCATION, Instant.MAX);
    }
}
