package dev.chatwidget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.adapter.inmemory.DemoLocation;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.testkit.server.FakeHighLevelServer;
import dev.chatwidget.testkit.server.Scopes;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The program over HTTP: each HTTP adapter against the fake server, state kept across commands. */
class HttpAdaptersTest {

    private static final String TOKEN = "pit-cli-http-token";

    private FakeHighLevelServer server;

    @BeforeEach
    void start() {
        server = FakeHighLevelServer.builder().token(TOKEN, Set.of(DemoLocation.ID, LocationId.of("shop")),
                Scopes.ALL).start();
        DemoLocation.seed(server.fake());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CliRun run(String adapter, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--adapter";
        all[1] = adapter;
        all[2] = "--base-url";
        all[3] = server.baseUri().toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return CliRun.withEnv(Map.of("HIGHLEVEL_TOKEN", TOKEN), all);
    }

    @ParameterizedTest
    @ValueSource(strings = {"apache", "jersey", "jdk"})
    void every_command_works_over_http_and_state_is_kept_between_commands(String adapter) {
        assertThat(run(adapter, "list", "--location", "demo").out()).contains("Widgets 1-6 of 6");

        CliRun created = run(adapter, "--output", "json", "create", "--location", "demo", "--name", "Pricing chat",
                "--chat-type", "liveChat", "--default");
        assertThat(created.status()).as(created.err()).isZero();
        String id = created.out().replaceAll("(?s).*\"_id\":\"([A-Za-z0-9]+)\".*", "$1");

        assertThat(run(adapter, "get", "--location", "demo", "--id", id).out()).contains("Pricing chat  liveChat  yes");
        assertThat(run(adapter, "patch", "--location", "demo", "--id", id, "--name", "Pricing").out())
                .contains("Pricing  liveChat  yes");
        assertThat(run(adapter, "clone", "--location", "demo", "--id", id).out()).contains("Pricing (copy)");
        assertThat(run(adapter, "replace", "--location", "demo", "--id", "demoEmailChat0000002", "--version", "2")
                .status()).isZero();
        assertThat(run(adapter, "config", "--id", id).out()).contains("Pricing");
        assertThat(run(adapter, "delete", "--location", "demo", "--id", id).out()).startsWith("Deleted widget " + id);
        assertThat(run(adapter, "list", "--location", "demo", "--all", "--limit", "3").out()).contains("7 widgets");
    }

    @ParameterizedTest
    @ValueSource(strings = {"apache", "jersey", "jdk"})
    void api_errors_exit_with_1_and_never_show_the_token(String adapter) {
        CliRun forbidden = run(adapter, "list", "--location", "elsewhere");
        CliRun wrongToken = CliRun.run("--adapter", adapter, "--base-url", server.baseUri().toString(),
                "--token", "pit-wrong-token", "list", "--location", "demo");

        assertThat(forbidden.status()).isEqualTo(ChatWidgetCli.API_ERROR);
        assertThat(forbidden.err()).startsWith("chat-widget: Forbidden (403)").doesNotContain(TOKEN);
        assertThat(wrongToken.status()).isEqualTo(ChatWidgetCli.API_ERROR);
        assertThat(wrongToken.err()).startsWith("chat-widget: Unauthorized (401)").doesNotContain("pit-wrong-token");
    }

    @ParameterizedTest
    @ValueSource(strings = {"apache", "jersey", "jdk"})
    void an_http_adapter_without_a_token_says_how_to_give_one(String adapter) {
        CliRun run = CliRun.run("--adapter", adapter, "list", "--location", "demo");

        assertThat(run.status()).isEqualTo(ChatWidgetCli.USAGE);
        assertThat(run.err()).isEqualTo("chat-widget: The " + adapter + " adapter (from --adapter) needs a token:"
                + " pass --token TOKEN or set HIGHLEVEL_TOKEN" + System.lineSeparator());
    }

    @ParameterizedTest
    @ValueSource(strings = {"apache", "jersey", "jdk"})
    void seeding_is_for_the_in_memory_adapter_only(String adapter) {
        CliRun run = run(adapter, "--seed", "demo", "list", "--location", "demo");

        assertThat(run.status()).isEqualTo(ChatWidgetCli.USAGE);
        assertThat(run.err()).contains("--seed loads the in-memory adapter");
    }
}
