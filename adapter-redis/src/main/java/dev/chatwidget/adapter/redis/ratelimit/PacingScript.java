package dev.chatwidget.adapter.redis.ratelimit;

import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The shared schedule's one atomic step ({@code pacing.lua}), sent by digest and, when the server does not know it
 * yet (first use, or after a restart emptied its script cache), by source.
 */
final class PacingScript {

    /** What the script answered: a permit due after {@code waitMicros}, or none within the caller's wait. */
    record Reply(boolean granted, long waitMicros) {
    }

    private static final String SOURCE = load();

    private final String digest;

    PacingScript(RedisAsyncCommands<String, String> commands) {
        this.digest = commands.digest(SOURCE);
    }

    /** Reserves the next permit if it is due within {@code maxWaitMicros}. */
    Reply take(RedisAsyncCommands<String, String> redis, String key, Pacing pacing, long maxWaitMicros,
               Duration timeout) throws ExecutionException, TimeoutException, InterruptedException {
        return run(redis, key, timeout, "take", pacing, Math.max(0, maxWaitMicros));
    }

    /** Delays the schedule so that at most {@code remaining} permits are free at once. */
    void report(RedisAsyncCommands<String, String> redis, String key, Pacing pacing, long remaining,
                Duration timeout) throws ExecutionException, TimeoutException, InterruptedException {
        run(redis, key, timeout, "report", pacing, Math.max(0, remaining));
    }

    private Reply run(RedisAsyncCommands<String, String> redis, String key, Duration timeout, String mode,
                      Pacing pacing, long last) throws ExecutionException, TimeoutException, InterruptedException {
        String[] keys = {key};
        String[] args = {mode, Long.toString(pacing.intervalMicros()), Long.toString(pacing.toleranceMicros()),
                Long.toString(last)};
        try {
            return reply(await(redis.evalsha(digest, ScriptOutputType.MULTI, keys, args), timeout));
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof RedisNoScriptException)) {
                throw e;
            }
            return reply(await(redis.eval(SOURCE, ScriptOutputType.MULTI, keys, args), timeout));
        }
    }

    private static List<Object> await(RedisFuture<List<Object>> future, Duration timeout)
            throws ExecutionException, TimeoutException, InterruptedException {
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | InterruptedException e) {
            future.cancel(true);
            throw e;
        }
    }

    private static Reply reply(List<Object> values) {
        if (values == null || values.size() != 2 || !(values.get(0) instanceof Long granted)
                || !(values.get(1) instanceof Long wait)) {
            throw new IllegalStateException("unexpected reply from the pacing script: " + values);
        }
        return new Reply(granted == 1L, Math.max(0, wait));
    }

    private static String load() {
        try (InputStream in = PacingScript.class.getResourceAsStream("pacing.lua")) {
            if (in == null) {
                throw new IllegalStateException("pacing.lua is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
