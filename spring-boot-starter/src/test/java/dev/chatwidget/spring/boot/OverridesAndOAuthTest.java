package dev.chatwidget.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Key;
import dev.chatwidget.core.application.auth.FileTokenStore;
import dev.chatwidget.core.application.auth.OAuthTokenProvider;
import dev.chatwidget.core.application.resilience.RetryPolicy;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.error.Unauthorized;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.port.out.TokenProvider;
import dev.chatwidget.core.port.out.TokenStore;
import dev.chatwidget.testkit.fake.FakeChatWidgets;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Properties reach the composed objects, and a bean of the user's own replaces the starter's. */
class OverridesAndOAuthTest {

    @Test
    void retry_and_timeout_properties_make_the_retry_policy_the_core_uses() {
        Runners.inMemory().withPropertyValues("highlevel.chat-widget.retry.max-attempts=5",
                "highlevel.chat-widget.retry.base-delay=20ms", "highlevel.chat-widget.retry.max-delay=1s",
                "highlevel.chat-widget.timeouts.call=45s", "highlevel.chat-widget.timeouts.attempt=5s")
                .run(context -> {
                    RetryPolicy expected = new RetryPolicy(5, Duration.ofMillis(20), Duration.ofSeconds(1),
                            Duration.ofSeconds(45), Duration.ofSeconds(5));
                    assertThat(context.getBean(RetryPolicy.class)).isEqualTo(expected);
                    assertThat(context.getBean(ChatWidgetsComposition.class).get(Key.get(RetryPolicy.class)))
                            .isEqualTo(expected);
                });
    }

    @Test
    void an_oauth_app_gets_a_refreshing_provider_over_the_chosen_store(@TempDir Path dir) {
        Runners.starter().withPropertyValues("highlevel.chat-widget.oauth.client-id=app",
                "highlevel.chat-widget.oauth.client-secret=shh", "highlevel.chat-widget.oauth.token-store=file",
                "highlevel.chat-widget.oauth.token-file=" + dir.resolve("tokens.properties")).run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(TokenStore.class)).isInstanceOf(FileTokenStore.class);
                    assertThat(context.getBean(TokenProvider.class)).isInstanceOf(OAuthTokenProvider.class);
                    assertThat(context.getBean(ChatWidgetsComposition.class).get(Key.get(TokenProvider.class)))
                            .isSameAs(context.getBean(TokenProvider.class));
                });
    }

    @Test
    void the_users_token_provider_is_the_one_the_adapter_asks() {
        TokenProvider mine = location -> Either.left(Unauthorized.of("mine"));
        Runners.starter().withPropertyValues("highlevel.chat-widget.token=unused")
                .withBean(TokenProvider.class, () -> mine).run(context -> {
                    assertThat(context.getBean(TokenProvider.class)).isSameAs(mine);
                    assertThat(context.getBean(ChatWidgetsComposition.class).get(Key.get(TokenProvider.class)))
                            .isSameAs(mine);
                });
    }

    @Test
    void the_users_own_fake_and_chat_widgets_beans_win() {
        FakeChatWidgets fake = FakeChatWidgets.create();
        Runners.inMemory().withBean(FakeChatWidgets.class, () -> fake).run(context -> {
            context.getBean(ChatWidgets.class).list(ListQuery.of(LocationId.of("loc-mine")));
            assertThat(fake.calls()).hasSize(1);
        });
        ChatWidgets mine = FakeChatWidgets.create().chatWidgets();
        Runners.inMemory().withBean(ChatWidgets.class, () -> mine)
                .run(context -> assertThat(context.getBean(ChatWidgets.class)).isSameAs(mine));
    }
}
