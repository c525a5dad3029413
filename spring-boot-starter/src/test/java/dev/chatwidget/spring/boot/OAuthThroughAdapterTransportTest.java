package dev.chatwidget.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.util.Modules;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportSettings;
import dev.chatwidget.adapter.http.apache.ApacheHttpChatWidgets;
import dev.chatwidget.adapter.http.apache.ApacheHttpModule;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.ClientCredentials;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.inject.ForChatWidgets;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.port.out.TokenRefresher;
import dev.chatwidget.core.port.out.TokenStore;
import dev.chatwidget.testkit.fake.Widgets;
import dev.chatwidget.testkit.server.FakeHighLevelServer;
import dev.chatwidget.testkit.server.oauth.FakeOAuth;
import dev.chatwidget.testkit.transport.RecordingTransport;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The starter's OAuth provider refreshes through the transport its adapter built for the calls, closed once. */
class OAuthThroughAdapterTransportTest {

    private static final LocationId LOCATION = LocationId.of("loc-oauth");
    private static final String CLIENT_ID = "starter-app";
    private static final String CLIENT_SECRET = "starter-secret";

    private final FakeOAuth oauth = new FakeOAuth(Clock.systemUTC())
            .registerClient(ClientCredentials.of(CLIENT_ID, CLIENT_SECRET));

    @Test
    void a_401_refreshes_through_the_adapters_one_transport_with_the_modules_refresher_on_the_base_url() {
        try (FakeHighLevelServer server = FakeHighLevelServer.builder().oauth(oauth).start()) {
            server.seed(Widgets.liveChat(LOCATION, "Support"));
            RecordingTransport recording = new RecordingTransport(
                    ApacheHttpChatWidgets.transport(TransportSettings.defaults()));
            Module adapter = Modules.override(new ApacheHttpModule(HttpConfig.builder().baseUri(server.baseUri())
                    .build())).with(binder -> binder.bind(Key.get(Transport.class, ForChatWidgets.class))
                    .toInstance(recording));

            oauthApp(server).withBean(ChatWidgetsAdapterModule.class, () -> new ChatWidgetsAdapterModule(adapter))
                    .run(context -> {
                        context.getBean(TokenStore.class).save(LOCATION,
                                StoredTokens.of(oauth.install(CLIENT_ID, LOCATION), Instant.now()));
                        oauth.revokeAccessTokens(LOCATION);

                        assertThat(context.getBean(ChatWidgets.class).list(ListQuery.of(LOCATION)).isRight()).isTrue();
                        assertThat(oauth.refreshesGranted()).isEqualTo(1);
                        assertThat(recording.prepared()).hasSize(3).element(1).isEqualTo("POST /oauth/token");
                        assertThat(context.getBean(ChatWidgetsComposition.class)
                                .get(Key.get(TokenRefresher.class, ForChatWidgets.class)).toString())
                                .isEqualTo("HttpTokenRefresher[" + server.baseUri() + "/oauth/token]");
                    });

            assertThat(recording.closes()).as("closed with the context, once").isEqualTo(1);
        }
    }

    private static ApplicationContextRunner oauthApp(FakeHighLevelServer server) {
        return Runners.starter().withPropertyValues("highlevel.chat-widget.adapter=apache",
                "highlevel.chat-widget.base-url=" + server.baseUri(),
                "highlevel.chat-widget.oauth.client-id=" + CLIENT_ID,
                "highlevel.chat-widget.oauth.client-secret=" + CLIENT_SECRET,
                "highlevel.chat-widget.oauth.token-store=inmemory");
    }
}
