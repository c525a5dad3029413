package dev.chatwidget.adapter.http.jersey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.chatwidget.adapter.http.Exchange;
import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportSettings;
import dev.chatwidget.adapter.http.TransportException;
import dev.chatwidget.adapter.http.TransportRequest;
import dev.chatwidget.testkit.transport.TransportContract;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The transport passes the shared transport suite over loopback. */
class JerseyTransportContractTest extends TransportContract {

    @Override
    protected Transport transport(TransportSettings settings) {
        return new JerseyTransport(settings);
    }

    @Test
    void an_exchange_aborted_before_it_is_sent_says_no_connection_was_made() throws Exception {
        try (ServerSocket listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             Transport transport = transport(TransportSettings.defaults())) {
            Exchange exchange = transport.prepare(new TransportRequest("POST",
                    URI.create("http://127.0.0.1:" + listening.getLocalPort() + "/x"), List.of(),
                    Optional.of(new byte[] {1}), CONNECT_TIMEOUT, RESPONSE_TIMEOUT));
            exchange.abort();

            TransportException failure = catchThrowableOfType(TransportException.class, exchange::execute);

            assertThat(failure).isNotNull();
            assertThat(failure.connected()).as(failure.toString()).isFalse();
            assertThat(failure.timedOut()).as(failure.toString()).isTrue();
            listening.setSoTimeout(200);
            assertThat(catchThrowableOfType(SocketTimeoutException.class, listening::accept))
                    .as("a connection reached the server").isNotNull();
        }
    }
}
