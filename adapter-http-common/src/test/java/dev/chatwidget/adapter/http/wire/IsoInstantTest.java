package dev.chatwidget.adapter.http.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast path agrees with Instant.parse wherever it answers, and leaves every other shape to it. */
class IsoInstantTest {

    @Test
    void agrees_with_instant_parse_on_random_instants_and_every_fraction_length() {
        SplittableRandom random = new SplittableRandom(42);
        int answered = 0;
        for (int i = 0; i < 20_000; i++) {
            // Years 0000..9999: the four-digit years the fast path reads; others must be left to Instant.parse.
            String seconds = Instant.ofEpochSecond(random.nextLong(-62_167_219_200L, 253_402_300_800L)).toString();
            String fraction = String.format("%09d", random.nextInt(1_000_000_000)).substring(0, random.nextInt(1, 10));
            for (String s : new String[] {seconds, seconds.replace("Z", "." + fraction + "Z")}) {
                Instant fast = IsoInstant.parseUtc(s);
                assertThat(fast).as(s).isEqualTo(Instant.parse(s));
                answered++;
            }
        }
        assertThat(answered).isEqualTo(40_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-01T12:00:00Z", "2025-03-01T12:00:00.000Z", "2025-03-01T12:00:00.1Z",
        "2024-02-29T23:59:59.999999999Z", "1970-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z"})
    void reads_the_service_shape(String s) {
        assertThat(IsoInstant.parseUtc(s)).isEqualTo(Instant.parse(s));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2025-03-01", "2025-03-01T12:00:00", "2025-03-01T12:00:00+01:00",
        "2025-03-01T12:00:00.Z", "2025-03-01T12:00:00.1234567890Z", "2025-02-29T12:00:00Z", "2025-13-01T12:00:00Z",
        "2025-03-01T24:00:00Z", "2025-03-01T23:59:60Z", "2025-03-01T12:60:00Z", "2025-03-01 12:00:00Z",
        "+2025-03-01T12:00:00Z", "2025-3-01T12:00:00ZZ", "2025-03-01t12:00:00z", "2025-03-01T1a:00:00Z",
        "1709294400000", "２０２５-03-01T12:00:00Z"})
    void leaves_anything_else_to_the_general_parser(String s) {
        assertThat(IsoInstant.parseUtc(s)).isNull();
    }
}
