package dev.chatwidget.spring.boot;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import dev.chatwidget.adapter.inmemory.InMemoryFake;
import dev.chatwidget.core.application.pipeline.GatewayHandler;
import dev.chatwidget.core.inject.Adapter;
import dev.chatwidget.core.inject.CoreModule;
import dev.chatwidget.core.port.out.CallHandler;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import dev.chatwidget.core.port.out.RateLimiter;
import dev.chatwidget.testkit.fake.FakeChatWidgets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code highlevel.chat-widget.adapter=inmemory}, the fake's handle is a bean: the testkit's
 * {@link FakeChatWidgets} (seeding, scripted faults, recorded calls) when the testkit is on the classpath, as in a
 * user's tests; else the adapter's own {@link InMemoryFake} (seeding and inspection).
 */
@Configuration(proxyBeanMethods = false)
class InMemoryConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "dev.chatwidget.testkit.fake.FakeChatWidgets")
    @Conditional(OnInMemoryAdapter.class)
    static class TestkitFake {

        @Bean
        @ConditionalOnMissingBean
        FakeChatWidgets fakeChatWidgets() {
            return FakeChatWidgets.create();
        }

        /** ChatWidgets over the testkit fake's gateway, so its faults and recording see every attempt. */
        @Bean
        @ConditionalOnMissingBean
        ChatWidgetsAdapterModule chatWidgetsAdapterModule(FakeChatWidgets fake) {
            ChatWidgetGateway gateway = fake.gateway();
            return new ChatWidgetsAdapterModule(new AbstractModule() {
                @Override
                protected void configure() {
                    install(new CoreModule());
                    bind(Key.get(CallHandler.class, Adapter.class)).toInstance(new GatewayHandler(gateway));
                    bind(Key.get(RateLimiter.class, Adapter.class)).toInstance(RateLimiter.unlimited());
                }
            });
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "dev.chatwidget.adapter.inmemory.InMemoryFake")
    @ConditionalOnMissingClass("dev.chatwidget.testkit.fake.FakeChatWidgets")
    @Conditional(OnInMemoryAdapter.class)
    static class AdapterFake {

        @Bean
        @ConditionalOnMissingBean
        InMemoryFake inMemoryFake(ChatWidgetsComposition composition) {
            return composition.get(Key.get(InMemoryFake.class));
        }
    }
}
