package dev.chatwidget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatwidget.adapter.inmemory.DemoLocation;
import dev.chatwidget.adapter.inmemory.SeedWidget;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.testkit.server.FakeHighLevelServer;
import dev.chatwidget.testkit.server.Scopes;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The program over HTTP: each HTTP adapter against the fake server, state kept across commands. */
class HttpAdaptersTest {

    private static final String TOKEN = "pit-cli-http-token";
    private static final LocationId SHOP = LocationId.of("shop");

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
    void list_all_prints_every_widget_when_the_server_sends_no_total_count(String adapter) {
        try (FakeHighLevelServer quiet = FakeHighLevelServer.builder().token(TOKEN, Set.of(SHOP), Scopes.ALL)
                .omitTotalCount().start()) {
            for (int i = 0; i < 205; i++) {
                quiet.fake().seed(SeedWidget.of(SHOP, ChatType.LIVE_CHAT, "w" + i)
                        .withCreatedAt(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i)));
            }
            CliRun all = CliRun.withEnv(Map.of("HIGHLEVEL_TOKEN", TOKEN), "--adapter", adapter, "--base-url",
                    quiet.baseUri().toString(), "list", "--location", "shop", "--all", "--limit", "100");
            CliRun page = CliRun.withEnv(Map.of("HIGHLEVEL_TOKEN", TOKEN), "--adapter", adapter, "--base-url",
                    quiet.baseUri().toString(), "list", "--location", "shop", "--limit", "100");

            assertThat(all.status()).as(all.err()).isZero();
            assertThat(all.out()).contains("w0  ", "w100  ", "w204  ").endsWith("205 widgets" + System.lineSeparator());
            assertThat(page.out()).contains("Widgets 1-100 (the service sent no total)");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"apache", "jersey", "jdk"})
    void delete_as_json_prints_the_deleted_widget_the_server_sent(String adapter) throws IOException {
        CliRun run = run(adapter, "--output", "json", "delete", "--location", "demo", "--id", "demoEmailChat0000002");

        JsonNode deleted = new ObjectMapper().readTree(run.out());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(deleted.get("_id").asText()).isEqualTo("demoEmailChat0000002");
        assertThat(deleted.get("deleted").asBoolean()).isTrue();
        assertThat(deleted.get("name").asText()).isEqualTo("Support Email");
        assertThat(deleted.get("creationSource").asText()).isEqualTo("public-api");
    }

    @ParameterizedTest
    @ValueSource(strings = {"apache", "jersey", "jdk"})
    void a_daily_429_says_when_the_daily_budget_resets(String adapter) {
        Instant noon = Instant.parse("2026-11-30T12:00:00Z");
        try (FakeHighLevelServer limited = FakeHighLevelServer.builder().token(TOKEN, Set.of(SHOP), Scopes.ALL)
                .clock(Clock.fixed(noon, ZoneOffset.UTC)).dailyLimit(1).start()) {
            String[] list = {"--adapter", adapter, "--base-url", limited.baseUri().toString(), "list", "--location",
                    "shop"};
            assertThat(CliRun.withEnv(Map.of("HIGHLEVEL_TOKEN", TOKEN), list).status()).isZero();

            CliRun refused = CliRun.withEnv(Map.of("HIGHLEVEL_TOKEN", TOKEN), list);

            assertThat(refused.status()).isEqualTo(ChatWidgetCli.API_ERROR);
            assertThat(refused.err()).startsWith("chat-widget: RateLimited (429)")
                    .contains("the daily budget resets at 2026-12-01T00:00:00Z");
        }
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
