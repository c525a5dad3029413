package dev.chatwidget.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Key;
import dev.chatwidget.core.application.pipeline.CallPipeline;
import dev.chatwidget.core.application.resilience.TokenBucketRateLimiter;
import dev.chatwidget.core.inject.ChatWidgetsResources;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.port.out.RateLimiter;
import dev.chatwidget.testkit.fake.FakeChatWidgets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;

/** Which adapter the starter composes, and the beans it offers for it. */
class AdapterSelectionTest {

    private static final String TOKEN = "highlevel.chat-widget.token=pit-secret-value";

    @Test
    void without_an_adapter_property_the_first_http_adapter_on_the_classpath_is_chosen() {
        Runners.starter().withPropertyValues(TOKEN).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(ChatWidgets.class)
                    .hasSingleBean(CallPipeline.class).doesNotHaveBean(FakeChatWidgets.class);
            AdapterChoice choice = context.getBean(AdapterChoice.class);
            assertThat(choice.adapter()).isEqualTo(ChatWidgetAdapter.APACHE);
            assertThat(choice.defaulted()).isTrue();
        });
    }

    @Test
    void the_adapter_property_chooses_among_those_on_the_classpath() {
        Runners.starter().withPropertyValues(TOKEN, "highlevel.chat-widget.adapter=Jersey").run(context ->
                assertThat(context.getBean(AdapterChoice.class)).isEqualTo(
                        new AdapterChoice(ChatWidgetAdapter.JERSEY, false)));
    }

    @Test
    void with_no_http_adapter_on_the_classpath_the_in_memory_fake_is_the_default() {
        Runners.starter()
                .withClassLoader(new FilteredClassLoader("dev.chatwidget.adapter.http.apache",
                        "dev.chatwidget.adapter.http.jersey"))
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(ChatWidgets.class)
                            .hasSingleBean(FakeChatWidgets.class);
                    assertThat(context.getBean(AdapterChoice.class))
                            .isEqualTo(new AdapterChoice(ChatWidgetAdapter.INMEMORY, true));
                });
    }

    @Test
    void the_http_adapters_limit_their_rate_on_the_client_unless_told_not_to() {
        Runners.starter().withPropertyValues(TOKEN).run(context -> assertThat(
                context.getBean(ChatWidgetsComposition.class).get(Key.get(RateLimiter.class)))
                .isInstanceOf(TokenBucketRateLimiter.class));
        Runners.starter().withPropertyValues(TOKEN, "highlevel.chat-widget.rate-limit.enabled=false")
                .run(context -> assertThat(
                        context.getBean(ChatWidgetsComposition.class).get(Key.get(RateLimiter.class)))
                        .isNotInstanceOf(TokenBucketRateLimiter.class));
    }

    @Test
    void closing_the_context_closes_what_the_adapter_holds_open() {
        AtomicReference<ChatWidgetsResources> resources = new AtomicReference<>();
        Runners.starter().withPropertyValues(TOKEN).run(context -> {
            resources.set(context.getBean(ChatWidgetsComposition.class).get(Key.get(ChatWidgetsResources.class)));
            assertThat(resources.get().isClosed()).isFalse();
        });

        assertThat(resources.get().isClosed()).isTrue();
    }
}
