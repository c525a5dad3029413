package dev.chatwidget.adapter.http.apache;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.inject.ChatWidgetsResources;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.port.out.TokenProvider;
import dev.chatwidget.testkit.faults.TcpRelay;
import dev.chatwidget.testkit.inject.HttpModuleContract;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.Test;

class ApacheHttpModuleTest extends HttpModuleContract<CloseableHttpClient> {

    @Override
    protected Module module(HttpConfig config) {
        return new ApacheHttpModule(config);
    }

    @Override
    protected String adapterName() {
        return "apache";
    }

    @Override
    protected Class<CloseableHttpClient> clientType() {
        return CloseableHttpClient.class;
    }

    @Override
    protected CloseableHttpClient applicationsOwnClient() {
        return HttpClients.createDefault();
    }

    /** Unlike the JDK 17 client, Apache's pool can close its idle kept-alive connections at once. */
    @Test
    void closing_the_resources_closes_the_pooled_connections() throws Exception {
        try (TcpRelay relay = new TcpRelay(server.baseUri())) {
            HttpConfig viaRelay = HttpConfig.builder(TokenProvider.fixed(TOKEN)).baseUri(relay.uri("http")).build();
            Injector injector = Guice.createInjector(Stage.PRODUCTION, module(viaRelay));
            ChatWidgets widgets = injector.getInstance(ChatWidgets.class);

            widgets.list(ListQuery.of(LOCATION));
            widgets.list(ListQuery.of(LOCATION));
            assertThat(relay.awaitOpen(1, 2_000)).as("one kept-alive pooled connection").isEqualTo(1);

            injector.getInstance(ChatWidgetsResources.class).close();

            assertThat(relay.awaitOpen(0, 5_000)).as("connections open after close").isZero();
            assertThat(widgets.list(ListQuery.of(LOCATION)).getLeft()).isInstanceOf(TransportFailure.class);
        }
    }
}
