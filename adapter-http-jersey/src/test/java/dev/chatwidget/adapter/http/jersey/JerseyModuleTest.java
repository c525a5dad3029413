package dev.chatwidget.adapter.http.jersey;

import com.google.inject.Module;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.testkit.inject.HttpModuleContract;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;

/**
 * The shared module contract. (The JDK 17 HTTP client under Jersey's connector has no close method, so an idle
 * kept-alive socket ends at its keep-alive timeout, not at close: unlike the Apache pool, that cannot be asserted.)
 */
class JerseyModuleTest extends HttpModuleContract<Client> {

    @Override
    protected Module module(HttpConfig config) {
        return new JerseyModule(config);
    }

    @Override
    protected String adapterName() {
        return "jersey";
    }

    @Override
    protected Class<Client> clientType() {
        return Client.class;
    }

    @Override
    protected Client applicationsOwnClient() {
        return ClientBuilder.newClient();
    }
}
