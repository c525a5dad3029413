package dev.chatwidget.core.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.port.out.RateLimiter.Permit;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ready-made implementations and defaults the outbound ports ship with. */
class PortDefaultsTest {

    static final Optional<LocationId> AT_LOC = Optional.of(LocationId.of("loc1"));

    @Test
    void the_unlimited_limiter_grants_at_once_even_past_the_deadline() {
        RateLimiter unlimited = RateLimiter.unlimited();

        assertThat(unlimited.acquire(AT_LOC, Instant.EPOCH).get()).isEqualTo(Permit.IMMEDIATE);
        assertThat(unlimited.acquire(Optional.empty(), Instant.MAX).get().waited()).isZero();
    }

    @Test
    void a_permit_records_a_wait_of_zero_or_more_and_nothing_else() {
        assertThat(new Permit(Duration.ofMillis(5)).waited()).isEqualTo(Duration.ofMillis(5));
        assertThatThrownBy(() -> new Permit(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("waited");
        assertThatThrownBy(() -> new Permit(null)).isInstanceOf(NullPointerException.class).hasMessage("waited");
    }
}
