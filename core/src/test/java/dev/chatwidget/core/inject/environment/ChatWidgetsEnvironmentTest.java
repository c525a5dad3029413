package dev.chatwidget.core.inject.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChatWidgetsEnvironmentTest {

    private static final List<AdapterProvider> BOTH =
            List.of(new StubAdapterProvider("inmemory", false), new StubAdapterProvider("apache", true));

    private static ChatWidgetsEnvironment env(Map<String, String> variables) {
        return ChatWidgetsEnvironment.from(variables).providers(BOTH);
    }

    @Test
    void adapter_comes_from_the_environment_variable() {
        EnvironmentSettings settings = env(Map.of("CHATWIDGET_ADAPTER", "InMemory")).settings();

        assertThat(settings.adapter()).isEqualTo("inmemory");
        assertThat(settings.origin()).isEqualTo("CHATWIDGET_ADAPTER");
        assertThat(settings.baseUrl()).isEqualTo(URI.create("https://services.leadconnectorhq.com"));
        assertThat(settings.token()).isEmpty();
    }

    @Test
    void system_property_wins_over_the_environment_and_code_wins_over_both() {
        Map<String, String> variables = Map.of("CHATWIDGET_ADAPTER", "apache", "HIGHLEVEL_TOKEN", "pit-1");
        Map<String, String> properties = Map.of("chatwidget.adapter", "inmemory");
        ChatWidgetsEnvironment environment =
                ChatWidgetsEnvironment.from(variables::get, properties::get).providers(BOTH);

        assertThat(environment.settings().adapter()).isEqualTo("inmemory");
        assertThat(environment.settings().origin()).isEqualTo("system property chatwidget.adapter");
        assertThat(environment.adapter("apache").settings().adapter()).isEqualTo("apache");
    }

    @Test
    void token_and_base_url_come_from_the_environment() {
        EnvironmentSettings settings = env(Map.of("CHATWIDGET_ADAPTER", "apache", "HIGHLEVEL_TOKEN", "pit-secret",
                "HIGHLEVEL_BASE_URL", "http://127.0.0.1:8080")).settings();

        assertThat(settings.requireToken().reveal()).isEqualTo("pit-secret");
        assertThat(settings.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8080"));
        assertThat(settings.toString()).doesNotContain("pit-secret");
    }

    @Test
    void an_http_adapter_without_a_token_says_to_set_highlevel_token() {
        assertThatThrownBy(() -> env(Map.of("CHATWIDGET_ADAPTER", "apache")).module())
                .isInstanceOf(ChatWidgetsConfigurationException.class)
                .hasMessage("The apache adapter (from CHATWIDGET_ADAPTER) needs a token: set HIGHLEVEL_TOKEN to a"
                        + " private integration token or a location access token");
    }

    @Test
    void a_published_adapter_missing_from_the_classpath_names_the_dependency_to_add() {
        assertThatThrownBy(() -> env(Map.of("CHATWIDGET_ADAPTER", "jersey")).module())
                .isInstanceOf(ChatWidgetsConfigurationException.class)
                .hasMessage("The jersey adapter (from CHATWIDGET_ADAPTER) is not on the classpath: add the dependency"
                        + " dev.chatwidget:chat-widget-adapter-http-jersey, or set CHATWIDGET_ADAPTER to an adapter"
                        + " that is (available: apache, inmemory)");
    }

    @Test
    void an_unknown_name_lists_the_names_to_choose_from() {
        assertThatThrownBy(() -> env(Map.of()).adapter("okhttp", "--adapter").module())
                .isInstanceOf(ChatWidgetsConfigurationException.class)
                .hasMessage("Unknown chat-widget adapter 'okhttp' (from --adapter): set --adapter to one of apache,"
                        + " inmemory, jersey");
    }

    @Test
    void no_choice_at_all_says_what_to_set_unless_there_is_a_default() {
        assertThatThrownBy(() -> env(Map.of()).module())
                .isInstanceOf(ChatWidgetsConfigurationException.class)
                .hasMessage("No chat-widget adapter chosen: set CHATWIDGET_ADAPTER (or -Dchatwidget.adapter) to one"
                        + " of apache, inmemory, jersey");

        assertThat(env(Map.of()).defaultAdapter("inmemory").settings().origin()).isEqualTo("the default");
    }

    @Test
    void a_bad_base_url_says_what_it_must_be() {
        assertThatThrownBy(() -> env(Map.of("CHATWIDGET_ADAPTER", "inmemory", "HIGHLEVEL_BASE_URL", "localhost:80"))
                .settings())
                .isInstanceOf(ChatWidgetsConfigurationException.class)
                .hasMessageStartingWith("HIGHLEVEL_BASE_URL must be an absolute http(s) URL");
    }

    @Test
    void an_unusable_token_is_reported_without_echoing_it() {
        assertThatThrownBy(() -> env(Map.of("CHATWIDGET_ADAPTER", "apache", "HIGHLEVEL_TOKEN", "pit secret"))
                .settings())
                .isInstanceOf(ChatWidgetsConfigurationException.class)
                .hasMessageStartingWith("HIGHLEVEL_TOKEN is not a usable token")
                .hasMessageNotContaining("pit secret");
    }

    @Test
    void code_settings_win_over_the_environment() {
        EnvironmentSettings settings = env(Map.of("HIGHLEVEL_TOKEN", "from-env"))
                .adapter("apache").token("from-code").baseUrl(URI.create("http://127.0.0.1:9")).settings();

        assertThat(settings.requireToken().reveal()).isEqualTo("from-code");
        assertThat(settings.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:9"));
        assertThat(settings.origin()).isEqualTo("code");
    }

    @Test
    void the_provider_gets_the_settings_and_further_variables() {
        StubAdapterProvider.SEEN.clear();
        env(Map.of("CHATWIDGET_ADAPTER", "inmemory", "CHATWIDGET_EXTRA", "x")).module();

        assertThat(StubAdapterProvider.SEEN).singleElement()
                .satisfies(s -> assertThat(s.variable("CHATWIDGET_EXTRA")).contains("x"));
    }

    @Test
    void adapters_are_discovered_with_the_service_loader() {
        ChatWidgetsEnvironment environment = ChatWidgetsEnvironment.from(Map.of("CHATWIDGET_ADAPTER", "stub"));

        assertThat(environment.available()).containsExactly("stub");
        assertThat(environment.module()).isNotNull();
    }
}
