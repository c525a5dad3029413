package dev.chatwidget.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A bad property stops the context at start-up with a message naming the property. */
class PropertyValidationTest {

    private static final String TOKEN = "highlevel.chat-widget.token=pit-secret-value";

    @Test
    void http_to_a_host_that_is_not_loopback_is_refused() {
        assertFailsNaming(Runners.starter().withPropertyValues(TOKEN,
                "highlevel.chat-widget.base-url=http://services.example.com"),
                "highlevel.chat-widget.base-url must use https");
    }

    @Test
    void http_on_loopback_is_accepted_for_tests_and_fakes() {
        Runners.starter().withPropertyValues(TOKEN, "highlevel.chat-widget.base-url=http://127.0.0.1:9")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void a_base_url_without_a_host_is_refused() {
        assertFailsNaming(Runners.starter().withPropertyValues(TOKEN, "highlevel.chat-widget.base-url=/relative"),
                "highlevel.chat-widget.base-url must be an absolute URI");
    }

    @Test
    void negative_or_zero_timeouts_are_refused() {
        assertFailsNaming(Runners.starter().withPropertyValues(TOKEN, "highlevel.chat-widget.timeouts.connect=-1s"),
                "highlevel.chat-widget.timeouts.connect must be a positive duration");
        assertFailsNaming(Runners.starter().withPropertyValues(TOKEN, "highlevel.chat-widget.timeouts.response=0s"),
                "highlevel.chat-widget.timeouts.response must be a positive duration");
        assertFailsNaming(Runners.inMemory().withPropertyValues("highlevel.chat-widget.timeouts.call=-5s"),
                "highlevel.chat-widget.timeouts.call must be a positive duration");
    }

    @Test
    void retry_settings_outside_their_rules_are_refused() {
        assertFailsNaming(Runners.inMemory().withPropertyValues("highlevel.chat-widget.retry.max-attempts=0"),
                "highlevel.chat-widget.retry.max-attempts must be at least 1");
        assertFailsNaming(Runners.inMemory().withPropertyValues("highlevel.chat-widget.retry.max-delay=1ms",
                "highlevel.chat-widget.retry.base-delay=1s"), "highlevel.chat-widget.retry.max-delay must be at least");
    }

    @Test
    void an_http_adapter_without_a_token_or_oauth_app_is_refused() {
        assertFailsNaming(Runners.starter(), "highlevel.chat-widget.token must be set");
    }

    @Test
    void an_oauth_app_needs_its_secret_and_a_file_store_its_file() {
        assertFailsNaming(Runners.starter().withPropertyValues("highlevel.chat-widget.oauth.client-id=app"),
                "highlevel.chat-widget.oauth.client-secret must be set");
        assertFailsNaming(Runners.starter().withPropertyValues("highlevel.chat-widget.oauth.client-id=app",
                "highlevel.chat-widget.oauth.client-secret=shh", "highlevel.chat-widget.oauth.token-store=file"),
                "highlevel.chat-widget.oauth.token-file must be set");
    }

    @Test
    void an_unknown_adapter_or_one_missing_from_the_classpath_is_refused_with_what_to_do() {
        assertFailsNaming(Runners.starter().withPropertyValues("highlevel.chat-widget.adapter=okhttp"),
                "highlevel.chat-widget.adapter must be one of apache, jersey, jdk, inmemory (was 'okhttp')");
        assertFailsNaming(Runners.starter().withPropertyValues(TOKEN, "highlevel.chat-widget.adapter=jersey")
                        .withClassLoader(new FilteredClassLoader("dev.chatwidget.adapter.http.jersey")),
                "add the dependency dev.chatwidget:chat-widget-adapter-http-jersey");
    }

    private static void assertFailsNaming(ApplicationContextRunner runner, String message) {
        runner.run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining(message)
                    .hasMessageNotContaining("pit-secret-value");
        });
    }
}
