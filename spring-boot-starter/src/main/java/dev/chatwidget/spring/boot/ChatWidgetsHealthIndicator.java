package dev.chatwidget.spring.boot;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.port.out.TokenStore;
import java.util.Optional;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code /actuator/health/chatWidgets}: the adapter, how the latest call ended, and whether the token store
 * answers (DOWN when it does not). Shows types and names only: never a token, secret, id or location.
 */
public final class ChatWidgetsHealthIndicator implements HealthIndicator {

    private final AdapterChoice adapter;
    private final LastCalls lastCalls;
    private final Optional<TokenStore> store;
    private final Optional<LocationId> probe;

    /** {@code probe}: the location whose stored tokens are read to check the store (the OAuth default location). */
    public ChatWidgetsHealthIndicator(AdapterChoice adapter, LastCalls lastCalls, Optional<TokenStore> store,
                                      Optional<LocationId> probe) {
        this.adapter = adapter;
        this.lastCalls = lastCalls;
        this.store = store;
        this.probe = probe;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up().withDetail("adapter", adapter.adapter().propertyValue());
        lastCalls.last().ifPresentOrElse(
                last -> health.withDetail("lastCall", java.util.Map.of("operation", last.operation(),
                        "outcome", last.outcome(), "attempts", last.attempts(), "at", last.at().toString())),
                () -> health.withDetail("lastCall", "none yet"));
        store.ifPresent(s -> tokenStore(s, health));
        return health.build();
    }

    private void tokenStore(TokenStore tokenStore, Health.Builder health) {
        String kind = tokenStore.getClass().getSimpleName();
        if (probe.isEmpty()) {
            health.withDetail("tokenStore", kind + " (set " + ChatWidgetProperties.PREFIX
                    + ".oauth.default-location to check it)");
            return;
        }
        String outcome;
        try {
            outcome = tokenStore.load(probe.get()).fold(e -> "unreachable: " + e.getClass().getSimpleName(),
                    tokens -> "reachable");
        } catch (RuntimeException e) {
            outcome = "unreachable: " + e.getClass().getSimpleName();
        }
        health.withDetail("tokenStore", kind + " " + outcome);
        if (!outcome.equals("reachable")) {
            health.down();
        }
    }
}
