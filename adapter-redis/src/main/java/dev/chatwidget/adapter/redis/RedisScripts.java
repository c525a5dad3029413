package dev.chatwidget.adapter.redis;

/**
 * The Lua scripts that make the token store's writes atomic on the Redis server. Token hashes hold the fields
 * {@code access}, {@code refresh}, {@code expires} and {@code version}; a lease key holds its holder's id.
 */
final class RedisScripts {

    /** KEYS[1] token hash; ARGV access, refresh, expires. Saves whatever is stored; returns the new version. */
    static final String SAVE = """
            local v = redis.call('HINCRBY', KEYS[1], 'version', 1)
            redis.call('HSET', KEYS[1], 'access', ARGV[1], 'refresh', ARGV[2], 'expires', ARGV[3])
            return v
            """;

    /** As {@link #SAVE}, only if the stored version is ARGV[4]; returns the new version, or -1 if it was not. */
    static final String SAVE_IF_VERSION = """
            local current = tonumber(redis.call('HGET', KEYS[1], 'version') or '0')
            if current ~= tonumber(ARGV[4]) then return -1 end
            redis.call('HSET', KEYS[1], 'access', ARGV[1], 'refresh', ARGV[2], 'expires', ARGV[3],
                       'version', current + 1)
            return current + 1
            """;

    /**
     * KEYS[1] lease key; ARGV holder, time to live in ms. Takes the lease if nobody holds it ({@code SET NX PX}),
     * and also if ARGV[1] already does: a take sent again after its reply was lost finds its own lease, not
     * someone else's. 1 if the lease is ARGV[1]'s now, else 0.
     */
    static final String TAKE_LEASE = """
            local holder = redis.call('GET', KEYS[1])
            if holder == ARGV[1] then
              redis.call('PEXPIRE', KEYS[1], ARGV[2])
              return 1
            end
            if holder then return 0 end
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            return 1
            """;

    /** KEYS[1] lease key; deletes it only if ARGV[1] still holds it: 1 if released, else 0. */
    static final String RELEASE = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0
            """;

    private RedisScripts() {
    }
}
