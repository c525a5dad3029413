package dev.chatwidget.adapter.http.apache;

import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportSettings;
import dev.chatwidget.testkit.transport.TokenRefresherContract;

/** The OAuth token refresher over this adapter's transport, on loopback. */
class ApacheTokenRefresherTest extends TokenRefresherContract {

    @Override
    protected Transport transport(TransportSettings settings) {
        return ApacheHttpChatWidgets.transport(settings);
    }
}
