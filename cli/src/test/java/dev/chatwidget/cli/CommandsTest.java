package dev.chatwidget.cli;

import static dev.chatwidget.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every subcommand on the in-memory demo, in both output formats, with its exit status. */
class CommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEFAULT_ID = "demoLiveChat00000001";

    @TempDir
    Path dir;

    private static JsonNode json(CliRun run) throws IOException {
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).endsWith("}" + System.lineSeparator());
        return JSON.readTree(run.out());
    }

    @Test
    void list_prints_a_table_of_the_demo_widgets_oldest_first() {
        CliRun run = run("--seed", "demo", "list", "--location", "demo");

        assertThat(run.status()).isZero();
        assertThat(run.out().lines().findFirst()).hasValueSatisfying(header -> assertThat(header)
                .containsSubsequence("id", "name", "chatType", "default", "createdAt"));
        assertThat(run.out()).containsSubsequence("Website Live Chat", "Support Email", "WhatsApp Sales",
                "Voice AI Receptionist", "All-in-one Messenger", "Facebook Page Chat", "Widgets 1-6 of 6");
        assertThat(run.out()).doesNotContain("retired");
    }

    @Test
    void list_json_is_exactly_the_api_list_response() throws IOException {
        JsonNode list = json(run("--seed", "demo", "--output", "json", "list", "--location", "demo", "--limit",
                "2"));

        assertThat(list.get("totalCount").asInt()).isEqualTo(6);
        assertThat(list.get("chatWidgets")).hasSize(2);
        assertThat(list.get("chatWidgets").get(0).get("_id").asText()).isEqualTo(DEFAULT_ID);
    }

    @Test
    void list_all_follows_every_page() throws IOException {
        CliRun table = run("--seed", "demo", "list", "--location", "demo", "--limit", "2", "--all");
        JsonNode json = json(run("--seed", "demo", "list", "--location", "demo", "--limit", "2", "--all",
                "--output", "json"));

        assertThat(table.out()).contains("Facebook Page Chat").endsWith("6 widgets" + System.lineSeparator());
        assertThat(json.get("chatWidgets")).hasSize(6);
    }

    @Test
    void list_takes_the_api_filters() {
        assertThat(run("--seed", "demo", "list", "--location", "demo", "--voice-ai-agent-id", "agentFrontDesk01")
                .out()).contains("Voice AI Receptionist").doesNotContain("Website Live Chat");
        assertThat(run("--seed", "demo", "list", "--location", "demo", "--chat-type", "webChat").out())
                .contains("Widgets 1-3 of 3");
        assertThat(run("--seed", "demo", "list", "--location", "demo", "--exclude-chat-type", "liveChat").out())
                .contains("Widgets 1-5 of 5");
        assertThat(run("--seed", "demo", "list", "--location", "demo", "--chat-type", "allInOneChat",
                "--all-in-one-chat-types", "waChat,emailChat").out()).contains("All-in-one Messenger");
        assertThat(run("--seed", "demo", "list", "--location", "demo", "--offset", "5").out())
                .contains("Widgets 6-6 of 6");
        assertThat(run("--seed", "demo", "list", "--location", "demo", "--creation-source", "snapshot").out())
                .contains("All-in-one Messenger", "Widgets 1-1 of 1");
        assertThat(run("--seed", "demo", "list", "--location", "demo", "--exclude-creation-source", "chat-widget")
                .out()).contains("Support Email", "All-in-one Messenger", "Widgets 1-2 of 2");
        assertThat(run("--seed", "demo", "list", "--location", "demo", "--creation-source", "import-2027").out())
                .as("an unknown source is a filter like any other").contains("No widgets.");
    }

    @Test
    void list_of_an_empty_location_says_so() {
        CliRun run = run("list", "--location", "empty");

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("No widgets." + System.lineSeparator());
    }

    @Test
    void list_with_an_out_of_range_limit_is_refused_by_the_library_with_status_1() {
        CliRun run = run("--seed", "demo", "list", "--location", "demo", "--limit", "101");

        assertThat(run.status()).isEqualTo(ChatWidgetCli.API_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("chat-widget: Invalid (422): ").contains("limit");
    }

    @Test
    void get_prints_one_widget_as_a_table_or_as_the_api_json() throws IOException {
        CliRun table = run("--seed", "demo", "get", "--location", "demo", "--id", DEFAULT_ID);
        JsonNode json = json(run("--seed", "demo", "--output", "json", "get", "--location", "demo", "--id",
                DEFAULT_ID));

        assertThat(table.out()).contains(DEFAULT_ID + "  Website Live Chat  liveChat  yes");
        assertThat(json.get("default").asBoolean()).isTrue();
        assertThat(json.at("/settings/advanceSettings/businessOfficeHours/timezone").asText())
                .isEqualTo("America/New_York");
    }

    @Test
    void get_of_a_deleted_widget_is_not_found_with_status_1_and_nothing_on_stdout() {
        CliRun run = run("--seed", "demo", "--output", "json", "get", "--location", "demo", "--id",
                "demoLiveChat00000007");

        assertThat(run.status()).isEqualTo(ChatWidgetCli.API_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("chat-widget: NotFound (404): chat widget demoLiveChat00000007 not found"
                + System.lineSeparator());
    }

    @Test
    void create_takes_fields_and_a_settings_file() throws IOException {
        Path settings = Files.writeString(dir.resolve("settings.json"),
                "{\"heading\": \"Talk to sales\", \"futureKey\": {\"kept\": 1.50}}");

        JsonNode created = json(run("--output", "json", "create", "--location", "shop", "--name", "Sales chat",
                "--chat-type", "liveChat", "--version", "2", "--settings", settings.toString()));

        assertThat(created.get("name").asText()).isEqualTo("Sales chat");
        assertThat(created.get("version").asInt()).isEqualTo(2);
        assertThat(created.get("default").asBoolean()).as("first widget of a location").isTrue();
        assertThat(created.at("/settings/futureKey/kept").decimalValue()).isEqualByComparingTo("1.50");
        assertThat(run("create", "--location", "shop", "--name", "Sales chat", "--chat-type", "emailChat").out())
                .contains("Sales chat  emailChat  yes");
    }

    @Test
    void create_without_name_or_type_is_bad_usage_and_a_read_only_type_is_refused() {
        CliRun missing = run("create", "--location", "shop", "--name", "Sales chat");
        CliRun readOnly = run("create", "--location", "shop", "--name", "x", "--chat-type", "waChat");

        assertThat(missing.status()).isEqualTo(ChatWidgetCli.USAGE);
        assertThat(missing.err()).contains("create needs --name NAME and --chat-type liveChat|emailChat");
        assertThat(readOnly.status()).isEqualTo(ChatWidgetCli.API_ERROR);
        assertThat(readOnly.err()).contains("chatType: must be liveChat or emailChat");
    }

    @Test
    void replace_sets_the_settings_whole_from_standard_input() throws IOException {
        JsonNode replaced = json(CliRun.withInput("{\"heading\": \"Only this\"}", "--seed", "demo", "--output", "json",
                "replace", "--location", "demo", "--id", DEFAULT_ID, "--name", "Main chat", "--settings", "-"));

        assertThat(replaced.get("name").asText()).isEqualTo("Main chat");
        assertThat(replaced.get("settings").size()).isEqualTo(1);
    }

    @Test
    void patch_merges_the_settings_and_a_null_removes_a_key() throws IOException {
        JsonNode patched = json(CliRun.withInput("{\"heading\": \"New\", \"legalMsg\": null}", "--seed", "demo",
                "--output", "json", "patch", "--location", "demo", "--id", DEFAULT_ID, "--settings", "-"));

        assertThat(patched.at("/settings/heading").asText()).isEqualTo("New");
        assertThat(patched.get("settings").has("legalMsg")).isFalse();
        assertThat(patched.at("/settings/subHeading").asText()).isEqualTo("We're here to help. Chat with us now.");
        assertThat(patched.get("name").asText()).isEqualTo("Website Live Chat");
    }

    @Test
    void patch_refuses_to_unset_the_default_with_status_1() {
        CliRun run = run("--seed", "demo", "patch", "--location", "demo", "--id", DEFAULT_ID, "--default=false");

        assertThat(run.status()).isEqualTo(ChatWidgetCli.API_ERROR);
        assertThat(run.err()).contains("make another widget the default instead");
    }

    @Test
    void patch_with_settings_that_are_not_json_is_bad_usage() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"heading\": ");

        CliRun notJson = run("--seed", "demo", "patch", "--location", "demo", "--id", DEFAULT_ID, "--settings",
                bad.toString());
        CliRun missing = run("--seed", "demo", "patch", "--location", "demo", "--id", DEFAULT_ID, "--settings",
                dir.resolve("nope.json").toString());

        assertThat(notJson.status()).isEqualTo(ChatWidgetCli.USAGE);
        assertThat(notJson.err()).contains("is not one valid JSON object");
        assertThat(missing.status()).isEqualTo(ChatWidgetCli.USAGE);
        assertThat(missing.err()).contains("no such file");
    }

    @Test
    void delete_reports_the_deleted_widget() throws IOException {
        CliRun table = run("--seed", "demo", "delete", "--location", "demo", "--id", DEFAULT_ID);
        JsonNode json = json(run("--seed", "demo", "--output", "json", "delete", "--location", "demo", "--id",
                DEFAULT_ID));

        assertThat(table.out()).startsWith("Deleted widget " + DEFAULT_ID + " of location demo"
                + System.lineSeparator()).contains("Website Live Chat  liveChat  no");
        assertThat(json.get("_id").asText()).as("the deleted widget, as the API answers it").isEqualTo(DEFAULT_ID);
        assertThat(json.get("deleted").asBoolean()).isTrue();
        assertThat(json.get("name").asText()).isEqualTo("Website Live Chat");
        assertThat(json.get("settings").get("locale").asText()).isEqualTo("en-us");
        assertThat(json.has("success")).as("a shape the service never sends").isFalse();
        assertThat(run("delete", "--location", "demo", "--id", DEFAULT_ID).status())
                .as("not seeded: nothing to delete").isEqualTo(ChatWidgetCli.API_ERROR);
    }

    @Test
    void clone_names_the_copy_and_remembers_its_origin() throws IOException {
        JsonNode copy = json(run("--seed", "demo", "--output", "json", "clone", "--location", "demo", "--id",
                DEFAULT_ID));
        CliRun named = run("--seed", "demo", "clone", "--location", "demo", "--id", DEFAULT_ID, "--name", "Copy B");
        CliRun voice = run("--seed", "demo", "clone", "--location", "demo", "--id", "demoVoiceAiChat00004");

        assertThat(copy.get("name").asText()).isEqualTo("Website Live Chat (copy)");
        assertThat(copy.get("originId").asText()).isEqualTo(DEFAULT_ID);
        assertThat(copy.get("default").asBoolean()).isFalse();
        assertThat(named.out()).contains("Copy B  liveChat  no");
        assertThat(voice.status()).isEqualTo(ChatWidgetCli.API_ERROR);
    }

    @Test
    void config_prints_the_public_config() throws IOException {
        CliRun table = run("--seed", "demo", "config", "--id", "demoWaChat0000000003");
        JsonNode json = json(run("--seed", "demo", "--output", "json", "config", "--id", "demoWaChat0000000003"));

        assertThat(table.out()).contains("demoWaChat0000000003  WhatsApp Sales  waChat");
        assertThat(json.at("/config/name").asText()).isEqualTo("WhatsApp Sales");
    }
}
