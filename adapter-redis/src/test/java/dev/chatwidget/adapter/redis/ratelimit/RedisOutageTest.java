package dev.chatwidget.adapter.redis.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.adapter.redis.RedisServerExtension;
import dev.chatwidget.core.application.resilience.BurstLimit;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.port.out.RateLimiter.Permit;
import dev.chatwidget.core.port.out.Sleeper;
import io.vavr.control.Either;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Redis stopped and started again under a limiter (a real server, really stopped): calls go on locally at the
 * instance's share, one WARN says so, and the limiter rejoins the shared schedule when Redis is back.
 */
class RedisOutageTest {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    /** 4 per 10 s shared by 2 instances: 2 per 10 s each while Redis is out. */
    private static final SharedRateLimit CONFIG = SharedRateLimit.DEFAULTS
            .withLimit(BurstLimit.of(4, Duration.ofSeconds(10))).withBurst(4).withExpectedInstances(2)
            .withRedisTimeouts(Duration.ofSeconds(2), Duration.ofMillis(200));
    private static final Sleeper NO_WAIT = duration -> { };

    private final Optional<LocationId> location = Optional.of(new LocationId("loc-" + UUID.randomUUID()));
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final PrintStream originalErr = System.err;
    private RedisClient client;
    private RedisRateLimiter limiter;

    @BeforeEach
    void start() {
        REDIS.resume();
        client = LimiterClients.create(RedisURI.create(REDIS.uri()), CONFIG);
        limiter = new RedisRateLimiter(client, CONFIG, Clock.systemUTC(), NO_WAIT);
        // slf4j-simple writes each line to the System.err of the moment.
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        System.setErr(originalErr);
        originalErr.print(logged());
        limiter.close();
        client.shutdown();
        REDIS.resume();
    }

    private String logged() {
        return log.toString(StandardCharsets.UTF_8);
    }

    /** The limiter's own lines with {@code part} (Lettuce logs too). */
    private static long occurrences(String text, String part) {
        return ours(text).filter(line -> line.contains(part)).count();
    }

    private static java.util.stream.Stream<String> ours(String text) {
        return text.lines().filter(line -> line.contains(RedisRateLimiter.class.getName()));
    }

    private boolean acquireNow() {
        return limiter.acquire(location, Instant.now()).isRight();
    }

    @Test
    void calls_go_on_locally_at_the_instances_share_with_one_warning_per_outage() {
        assertThat(acquireNow()).isTrue();
        assertThat(limiter.isLocal()).isFalse();

        REDIS.pause();

        // The local share is 2 per 10 s: two at once, then nothing within a zero wait.
        assertThat(acquireNow()).isTrue();
        assertThat(limiter.isLocal()).isTrue();
        assertThat(acquireNow()).isTrue();
        assertThat(acquireNow()).isFalse();
        assertThat(acquireNow()).isFalse();
        assertThat(occurrences(logged(), "WARN")).isEqualTo(1);
        assertThat(ours(logged())).singleElement().asString().contains("Redis is unreachable")
                .contains("locally at 2 per PT10S per location").doesNotContain(String.valueOf(REDIS.port()));
    }

    @Test
    void the_limiter_rejoins_the_shared_schedule_when_redis_is_back() throws InterruptedException {
        assertThat(acquireNow()).isTrue();
        REDIS.pause();
        assertThat(acquireNow()).isTrue();
        assertThat(limiter.isLocal()).isTrue();

        REDIS.resume();
        Instant until = Instant.now().plusSeconds(10);
        while (limiter.isLocal() && Instant.now().isBefore(until)) {
            limiter.acquire(Optional.of(new LocationId("probe")), Instant.now());
            Thread.sleep(50);
        }

        assertThat(limiter.isLocal()).isFalse();
        // Back on the shared schedule of 4 per 10 s (burst 4): the restart kept the schedule, 1 of 4 is used.
        assertThat(acquireNow()).isTrue();
        assertThat(acquireNow()).isTrue();
        assertThat(acquireNow()).isTrue();
        assertThat(acquireNow()).isFalse();
        assertThat(occurrences(logged(), "WARN")).isEqualTo(1);
        assertThat(occurrences(logged(), "Redis is reachable again")).isEqualTo(1);
    }

    @Test
    void an_instance_starting_while_redis_is_down_limits_locally_and_joins_later() throws InterruptedException {
        REDIS.pause();
        RedisRateLimiter late = new RedisRateLimiter(client, CONFIG, Clock.systemUTC(), NO_WAIT);
        try {
            Either<?, Permit> first = late.acquire(location, Instant.now());
            assertThat(first.isRight()).isTrue();
            assertThat(late.isLocal()).isTrue();

            REDIS.resume();
            Thread.sleep(CONFIG.probeInterval().toMillis() + 50);

            assertThat(late.acquire(location, Instant.now()).isRight()).isTrue();
            assertThat(late.isLocal()).isFalse();
        } finally {
            late.close();
        }
    }
}
