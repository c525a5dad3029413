package dev.chatwidget.adapter.http.apache;

import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.testkit.transport.TransportContract;

/** The transport passes the shared transport suite over loopback. */
class ApacheTransportContractTest extends TransportContract {

    @Override
    protected Transport transport(HttpConfig config) {
        return new ApacheTransport(config);
    }
}
