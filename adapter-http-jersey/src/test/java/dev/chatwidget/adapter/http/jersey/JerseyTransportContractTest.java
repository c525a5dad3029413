package dev.chatwidget.adapter.http.jersey;

import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportSettings;
import dev.chatwidget.testkit.transport.TransportContract;

/** The transport passes the shared transport suite over loopback. */
class JerseyTransportContractTest extends TransportContract {

    @Override
    protected Transport transport(TransportSettings settings) {
        return new JerseyTransport(settings);
    }
}
