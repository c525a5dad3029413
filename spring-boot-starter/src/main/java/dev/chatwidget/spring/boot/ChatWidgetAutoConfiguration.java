package dev.chatwidget.spring.boot;

import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.multibindings.OptionalBinder;
import dev.chatwidget.core.application.pipeline.CallPipeline;
import dev.chatwidget.core.application.resilience.RetryListener;
import dev.chatwidget.core.application.resilience.RetryPolicy;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.port.out.RateLimiter;
import dev.chatwidget.core.port.out.TokenProvider;
import dev.chatwidget.core.port.out.TokenStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * {@link ChatWidgets} for Spring Boot, from the {@code highlevel.chat-widget.*} properties: the same Guice
 * composition a Guice user installs, with every bean here replaceable by one of your own (each is
 * {@code @ConditionalOnMissingBean}): the {@link AdapterChoice}, {@link TokenStore}, {@link TokenProvider},
 * {@link RetryPolicy}, the {@link ChatWidgetsComposition}, the {@link CallPipeline} and {@link ChatWidgets}.
 */
@AutoConfiguration
@EnableConfigurationProperties(ChatWidgetProperties.class)
@Import({InMemoryConfiguration.class, TokenConfiguration.class, ObservationConfiguration.class})
public class ChatWidgetAutoConfiguration implements BeanClassLoaderAware {

    private ClassLoader loader = ChatWidgetAutoConfiguration.class.getClassLoader();

    @Override
    public void setBeanClassLoader(ClassLoader classLoader) {
        this.loader = classLoader;
    }

    @Bean
    @ConditionalOnMissingBean
    AdapterChoice chatWidgetAdapterChoice(ChatWidgetProperties properties) {
        AdapterChoice choice = AdapterChoice.choose(properties.adapter(), loader);
        choice.warnIfDefaultedToFake();
        if (choice.adapter().http()) {
            PropertyChecks.credentials(properties, choice.adapter());
        }
        return choice;
    }

    @Bean
    @ConditionalOnMissingBean
    RetryPolicy chatWidgetRetryPolicy(ChatWidgetProperties properties) {
        return PropertyChecks.retryPolicy(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    LastCalls chatWidgetLastCalls() {
        return new LastCalls(Clock.systemUTC());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    ChatWidgetsComposition chatWidgetsComposition(ChatWidgetProperties properties, AdapterChoice choice,
                                                  TokenProvider tokens, RetryPolicy policy, LastCalls lastCalls,
                                                  ObjectProvider<RetryListener> listeners,
                                                  ObjectProvider<ChatWidgetsAdapterModule> adapterModule,
                                                  ObjectProvider<ChatWidgetsExtension> extensions) {
        Module adapter = adapterModule.getIfAvailable(() -> new ChatWidgetsAdapterModule(choice.adapter().module(
                loader, choice.adapter().http()
                        ? Optional.of(PropertyChecks.httpConfig(properties, tokens)) : Optional.empty()))).module();
        List<RetryListener> told = listeners.orderedStream().toList();
        RetryListener listener = event -> {
            lastCalls.onAttempt(event);
            told.forEach(l -> l.onAttempt(event));
        };
        boolean limited = properties.rateLimit().enabled();
        Module overrides = binder -> {
            if (choice.adapter().http()) {
                // The core authenticates every call when a TokenProvider is bound; the in-memory fake asks none.
                OptionalBinder.newOptionalBinder(binder, TokenProvider.class).setBinding().toInstance(tokens);
            }
            OptionalBinder.newOptionalBinder(binder, RetryPolicy.class).setBinding().toInstance(policy);
            OptionalBinder.newOptionalBinder(binder, RetryListener.class).setBinding().toInstance(listener);
            if (!limited) {
                OptionalBinder.newOptionalBinder(binder, RateLimiter.class).setBinding()
                        .toInstance(RateLimiter.unlimited());
            }
        };
        return new ChatWidgetsComposition(adapter, overrides, extensions.orderedStream().toList());
    }

    /** The call pipeline {@link ChatWidgets} runs every call through, ending in the adapter. */
    @Bean
    @ConditionalOnMissingBean
    CallPipeline chatWidgetsPipeline(ChatWidgetsComposition composition) {
        return composition.get(Key.get(CallPipeline.class));
    }

    @Bean
    @ConditionalOnMissingBean
    ChatWidgets chatWidgets(ChatWidgetsComposition composition) {
        return composition.get(Key.get(ChatWidgets.class));
    }
}
