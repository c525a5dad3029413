package dev.chatwidget.adapter.http.jersey;

import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportSettings;
import dev.chatwidget.testkit.transport.TransportCloseRaceContract;

/** The transport closed while 32 callers are mid-exchange on loopback. */
class JerseyTransportCloseRaceTest extends TransportCloseRaceContract {

    @Override
    protected Transport transport(TransportSettings settings) {
        return new JerseyTransport(settings);
    }
}
