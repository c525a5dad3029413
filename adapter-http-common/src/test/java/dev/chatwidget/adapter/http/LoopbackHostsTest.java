package dev.chatwidget.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LoopbackHostsTest {

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "LocalHost.", "::1", "[::1]", "[0:0:0:0:0:0:0:1]", "127.0.0.1", "127.0.0.0",
            "127.255.255.255", "127.1.20.255"})
    void localhost_ipv6_loopback_and_127_0_0_0_8_are_this_machine(String host) {
        assertThat(LoopbackHosts.isLoopback(host)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "example.test", "localhost.evil.test", "127.0.0.1.evil.test", "127.0.0.256",
            "127.0.1000.1", "127.0.0.0001", "127.0..1", "127.0.0.", "127.0.0.1a", "127.0.0", "128.0.0.1", "10.0.0.1",
            "::2", "0.0.0.0"})
    void anything_else_is_not(String host) {
        assertThat(LoopbackHosts.isLoopback(host)).isFalse();
    }
}
