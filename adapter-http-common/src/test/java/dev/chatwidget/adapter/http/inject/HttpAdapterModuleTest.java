package dev.chatwidget.adapter.http.inject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import com.google.inject.multibindings.OptionalBinder;
import dev.chatwidget.adapter.http.Exchange;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportRequest;
import dev.chatwidget.adapter.http.TransportSettings;
import dev.chatwidget.core.inject.ChatWidgetsResources;
import dev.chatwidget.core.port.out.TokenProvider;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The shared module builds the adapter's one transport only for an injector that can start, and closes it once. */
class HttpAdapterModuleTest {

    private final AtomicInteger built = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();

    /** The shared module with a transport that counts how often it is built and closed. */
    private static final class CountingModule extends HttpAdapterModule {
        CountingModule(HttpConfig config, AtomicInteger built, AtomicInteger closed) {
            super(config, settings -> {
                built.incrementAndGet();
                return new Transport() {
                    @Override
                    public Exchange prepare(TransportRequest request) {
                        throw new UnsupportedOperationException("no calls in this test");
                    }

                    @Override
                    public void close() {
                        closed.incrementAndGet();
                    }
                };
            });
        }
    }

    private CountingModule module(HttpConfig config) {
        return new CountingModule(config, built, closed);
    }

    @Test
    void an_injector_without_a_token_provider_refuses_to_start_before_building_the_transport() {
        HttpConfig noTokens = HttpConfig.builder().baseUri("http://localhost:1").build();

        for (Stage stage : new Stage[] {Stage.PRODUCTION, Stage.DEVELOPMENT}) {
            assertThatThrownBy(() -> Guice.createInjector(stage, module(noTokens))
                    .getInstance(ChatWidgetsResources.class))
                    .as(stage.toString()).hasMessageContaining("no TokenProvider");
        }
        assertThatThrownBy(() -> Guice.createInjector(Stage.PRODUCTION, module(noTokens)))
                .isInstanceOf(CreationException.class);
        assertThat(built).hasValue(0);
    }

    @Test
    void with_a_token_provider_bound_the_one_transport_is_built_once_and_closed_once() {
        HttpConfig noTokens = HttpConfig.builder().baseUri("http://localhost:1")
                .transportSettings(TransportSettings.defaults()).build();
        Injector injector = Guice.createInjector(Stage.PRODUCTION, module(noTokens), binder ->
                OptionalBinder.newOptionalBinder(binder, TokenProvider.class).setBinding()
                        .toInstance(TokenProvider.fixed("t")));

        assertThat(built).hasValue(1);
        injector.getInstance(ChatWidgetsResources.class).close();
        injector.getInstance(ChatWidgetsResources.class).close();
        assertThat(closed).hasValue(1);
    }
}
