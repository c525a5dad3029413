package dev.chatwidget.core.inject;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.multibindings.OptionalBinder;
import dev.chatwidget.core.application.pipeline.GatewayHandler;
import dev.chatwidget.core.port.out.CallHandler;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import dev.chatwidget.core.port.out.RateLimiter;
import dev.chatwidget.core.port.out.Sleeper;

/** What an adapter module does, for module tests: installs the core, ends its chain at a gateway, never waits. */
final class StubAdapter extends AbstractModule {

    private final ChatWidgetGateway gateway;

    StubAdapter(ChatWidgetGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    protected void configure() {
        install(new CoreModule());
        bind(Key.get(CallHandler.class, Adapter.class)).toInstance(new GatewayHandler(gateway));
        bind(Key.get(RateLimiter.class, Adapter.class)).toInstance(RateLimiter.unlimited());
        OptionalBinder.newOptionalBinder(binder(), Sleeper.class).setBinding().toInstance(duration -> { });
    }
}
