package dev.chatwidget.adapter.http.jdk;

import com.google.inject.Module;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.testkit.inject.HttpModuleContract;
import java.net.http.HttpClient;

/**
 * The shared module contract. (The JDK 17 HTTP client has no close method, so an idle kept-alive socket ends at its
 * keep-alive timeout, not at close: unlike the Apache pool, that cannot be asserted.)
 */
class JdkHttpModuleTest extends HttpModuleContract<HttpClient> {

    @Override
    protected Module module(HttpConfig config) {
        return new JdkHttpModule(config);
    }

    @Override
    protected String adapterName() {
        return "jdk";
    }

    @Override
    protected Class<HttpClient> clientType() {
        return HttpClient.class;
    }

    @Override
    protected HttpClient applicationsOwnClient() {
        return HttpClient.newHttpClient();
    }
}
