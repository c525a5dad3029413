package dev.chatwidget.core.inject.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a user is told to set depends on where the bad choice came from; blank settings count as unset. */
class AdapterChoiceMessagesTest {

    private static final List<AdapterProvider> ONE = List.of(new StubAdapterProvider("inmemory", false));

    @Test
    void a_missing_adapter_chosen_by_system_property_says_to_set_the_property() {
        ChatWidgetsEnvironment environment = ChatWidgetsEnvironment
                .from(name -> null, Map.of("chatwidget.adapter", "apache")::get).providers(ONE);

        assertThatThrownBy(environment::settings).isInstanceOf(ChatWidgetsConfigurationException.class)
                .hasMessageContaining("(from system property chatwidget.adapter)")
                .hasMessageContaining("or set -Dchatwidget.adapter to an adapter that is (available: inmemory)");
    }

    @Test
    void a_missing_adapter_chosen_in_code_says_to_change_the_code() {
        assertThatThrownBy(() -> ChatWidgetsEnvironment.from(Map.of()).providers(ONE).adapter("apache").settings())
                .hasMessageContaining("(from code)").hasMessageContaining("or set adapter(...) to an adapter");
    }

    @Test
    void a_missing_default_adapter_says_to_set_the_environment_variable() {
        assertThatThrownBy(() -> ChatWidgetsEnvironment.from(Map.of()).providers(ONE).defaultAdapter("apache")
                .settings())
                .hasMessageContaining("(from the default)").hasMessageContaining("or set CHATWIDGET_ADAPTER to an");
    }

    @Test
    void with_no_adapter_on_the_classpath_none_is_available() {
        assertThatThrownBy(() -> ChatWidgetsEnvironment.from(Map.of()).providers(List.of()).adapter("apache")
                .settings())
                .hasMessageEndingWith("(available: none)");
    }

    @Test
    void blank_settings_are_unset() {
        ChatWidgetsEnvironment environment = ChatWidgetsEnvironment.from(Map.of("CHATWIDGET_ADAPTER", "  ",
                "HIGHLEVEL_TOKEN", " ", "HIGHLEVEL_BASE_URL", "")).providers(ONE).defaultAdapter("inmemory");

        EnvironmentSettings settings = environment.settings();

        assertThat(settings.origin()).isEqualTo("the default");
        assertThat(settings.token()).isEmpty();
        assertThat(settings.baseUrl()).isEqualTo(ChatWidgetsEnvironment.DEFAULT_BASE_URL);
    }

    @Test
    void the_chosen_name_is_trimmed_and_matched_without_case_and_the_token_is_trimmed() {
        EnvironmentSettings settings = ChatWidgetsEnvironment.from(Map.of("CHATWIDGET_ADAPTER", " InMemory ",
                "HIGHLEVEL_TOKEN", " pit-token ")).providers(List.of(new StubAdapterProvider("INMEMORY", false)))
                .settings();

        assertThat(settings.adapter()).isEqualTo("inmemory");
        assertThat(settings.token()).hasValueSatisfying(t -> assertThat(t.reveal()).isEqualTo("pit-token"));
    }

    @Test
    void of_two_providers_with_one_name_the_first_wins_and_available_is_sorted() {
        StubAdapterProvider first = new StubAdapterProvider("zeta", false);
        ChatWidgetsEnvironment environment = ChatWidgetsEnvironment.from(Map.of()).providers(List.of(first,
                new StubAdapterProvider("Zeta", true), new StubAdapterProvider("alpha", false))).adapter("zeta");

        assertThat(environment.available()).containsExactly("alpha", "zeta");
        assertThat(environment.settings().token()).as("the first zeta needs no token").isEmpty();
    }

    @Test
    void base_urls_must_be_absolute_http_or_https_with_a_host() {
        for (String bad : List.of("ftp://example.com", "/relative/path", "http:///no-host", "http://bad host",
                "mailto:someone@example.com")) {
            assertThatThrownBy(() -> ChatWidgetsEnvironment.from(Map.of("HIGHLEVEL_BASE_URL", bad))
                    .providers(ONE).adapter("inmemory").settings())
                    .as(bad).isInstanceOf(ChatWidgetsConfigurationException.class)
                    .hasMessage("HIGHLEVEL_BASE_URL must be an absolute http(s) URL such as"
                            + " https://services.leadconnectorhq.com, but is '" + bad + "'");
        }
        assertThat(ChatWidgetsEnvironment.from(Map.of("HIGHLEVEL_BASE_URL", " https://example.com/api "))
                .providers(ONE).adapter("inmemory").settings().baseUrl())
                .isEqualTo(URI.create("https://example.com/api"));
    }

    @Test
    void further_variables_read_the_environment_first_then_system_properties() {
        Map<String, String> variables = Map.of("CHATWIDGET_ADAPTER", "inmemory", "BOTH", "from-env");
        Map<String, String> properties = Map.of("BOTH", "from-property", "ONLY_PROPERTY", "p");
        EnvironmentSettings settings = ChatWidgetsEnvironment.from(variables::get, properties::get).providers(ONE)
                .settings();

        assertThat(settings.variable("BOTH")).contains("from-env");
        assertThat(settings.variable("ONLY_PROPERTY")).contains("p");
        assertThat(settings.variable("NEITHER")).isEmpty();
    }

    @Test
    void the_system_environment_is_read_too_and_code_still_wins() {
        EnvironmentSettings settings = ChatWidgetsEnvironment.fromSystem().providers(ONE).adapter("inmemory")
                .baseUrl(URI.create("http://127.0.0.1:9")).settings();

        assertThat(settings.adapter()).isEqualTo("inmemory");
        assertThat(settings.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:9"));
    }

    @Test
    void a_custom_token_hint_replaces_the_default_one() {
        assertThatThrownBy(() -> ChatWidgetsEnvironment.from(Map.of())
                .providers(List.of(new StubAdapterProvider("apache", true))).adapter("apache", "--adapter")
                .tokenHint("pass --token TOKEN").settings())
                .hasMessage("The apache adapter (from --adapter) needs a token: pass --token TOKEN");
    }

    @Test
    void settings_without_a_token_refuse_to_give_one_and_say_none() {
        EnvironmentSettings settings = new EnvironmentSettings("inmemory", "code",
                ChatWidgetsEnvironment.DEFAULT_BASE_URL, null, null);

        assertThat(settings.token()).isEmpty();
        assertThat(settings.variable("ANY")).isEqualTo(Optional.empty());
        assertThat(settings.toString()).endsWith("token=none]");
        assertThatThrownBy(settings::requireToken).isInstanceOf(ChatWidgetsConfigurationException.class)
                .hasMessage("The inmemory adapter needs a token: set HIGHLEVEL_TOKEN");
    }
}
