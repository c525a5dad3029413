package dev.chatwidget.adapter.http.jdk;

import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportSettings;
import dev.chatwidget.testkit.transport.TokenRefresherContract;

/** The OAuth token refresher over this adapter's transport, on loopback. */
class JdkTokenRefresherTest extends TokenRefresherContract {

    @Override
    protected Transport transport(TransportSettings settings) {
        return JdkHttpChatWidgets.transport(settings);
    }
}
