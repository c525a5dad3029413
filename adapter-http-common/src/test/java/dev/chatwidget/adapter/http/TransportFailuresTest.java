package dev.chatwidget.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransportFailuresTest {

    @Test
    void failures_that_prove_no_connection_was_made_say_so() {
        for (Throwable failure : List.of(new ConnectException("refused"), new UnknownHostException("nowhere"),
                new NoRouteToHostException("no route"), new HttpConnectTimeoutException("connect timed out"),
                new IOException("wrapped", new ConnectException("refused")))) {
            assertThat(TransportFailures.classify(failure).connected()).as(failure.toString()).isFalse();
        }
    }

    @Test
    void other_failures_may_have_reached_the_server() {
        for (Throwable failure : List.of(new SocketTimeoutException("read timed out"), new SocketException("reset"),
                new IOException("premature end"), new IllegalStateException("bug"))) {
            assertThat(TransportFailures.classify(failure).connected()).as(failure.toString()).isTrue();
        }
    }

    @Test
    void timeouts_are_told_apart_from_other_failures() {
        assertThat(TransportFailures.classify(new SocketTimeoutException("x")).timedOut()).isTrue();
        assertThat(TransportFailures.classify(new InterruptedIOException("x")).timedOut()).isTrue();
        assertThat(TransportFailures.classify(new HttpTimeoutException("x")).timedOut()).isTrue();
        assertThat(TransportFailures.classify(new IOException("x", new SocketTimeoutException())).timedOut()).isTrue();
        assertThat(TransportFailures.classify(new SocketException("reset")).timedOut()).isFalse();
    }

    @Test
    void a_stack_s_own_never_connected_type_is_honoured() {
        class PoolLeaseTimeout extends IOException {
        }

        TransportException classified = TransportFailures.classify(new IOException(new PoolLeaseTimeout()),
                PoolLeaseTimeout.class);

        assertThat(classified.connected()).isFalse();
        assertThat(TransportFailures.classify(new PoolLeaseTimeout()).connected()).isTrue();
    }

    @Test
    void the_message_names_the_failure_and_keeps_the_cause() {
        SocketException reset = new SocketException("Connection reset");

        TransportException classified = TransportFailures.classify(reset);

        assertThat(classified.getMessage()).isEqualTo("SocketException: Connection reset");
        assertThat(classified.getCause()).isSameAs(reset);
        assertThat(TransportFailures.classify(new SocketException()).getMessage()).isEqualTo("SocketException");
    }

    @Test
    void a_transport_exception_is_kept_and_closed_says_nothing_was_sent() {
        TransportException known = new TransportException("x", false, true, null);

        assertThat(TransportFailures.classify(known)).isSameAs(known);
        assertThat(TransportFailures.closed().connected()).isFalse();
        assertThat(TransportFailures.closed().timedOut()).isFalse();
    }

    @Test
    void a_cause_cycle_ends_the_search() {
        IOException a = new IOException("a");
        IOException b = new IOException("b", a);
        a.initCause(b);

        assertThat(TransportFailures.classify(a).connected()).isTrue();
    }
}
