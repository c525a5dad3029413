package dev.chatwidget.cli;

import static dev.chatwidget.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad usage exits with 2 and says what to do; no output ever shows a token. */
class UsageTest {

    private static final String TOKEN = "pit-7f3a9c1e-secret";

    @Test
    void no_command_is_bad_usage() {
        CliRun run = run();

        assertThat(run.status()).isEqualTo(ChatWidgetCli.USAGE);
        assertThat(run.err()).contains("Missing command");
    }

    @Test
    void help_lists_every_command_and_exits_0() {
        CliRun run = run("--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("list", "get", "create", "replace", "patch", "delete", "clone", "config",
                "--adapter", "--output", "--seed");
    }

    @Test
    void unknown_command_missing_option_and_bad_values_are_bad_usage() {
        assertThat(run("lst").status()).isEqualTo(ChatWidgetCli.USAGE);
        assertThat(run("get", "--id", "x").err()).contains("--location");
        assertThat(run("list", "--location", "a/b").err()).contains("Invalid value for option '--location'");
        assertThat(run("--output", "xml", "list", "--location", "demo").status()).isEqualTo(ChatWidgetCli.USAGE);
    }

    @Test
    void global_options_may_follow_the_command() {
        CliRun run = run("list", "--location", "demo", "--seed", "demo", "--output", "json");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("{\"chatWidgets\":");
    }

    @Test
    void an_unknown_adapter_says_which_to_choose() {
        CliRun run = run("--adapter", "okhttp", "list", "--location", "demo");

        assertThat(run.status()).isEqualTo(ChatWidgetCli.USAGE);
        assertThat(run.err()).contains("Unknown chat-widget adapter 'okhttp' (from --adapter): set --adapter to one"
                + " of apache, inmemory, jdk, jersey");
    }

    @Test
    void the_token_is_never_printed_even_in_usage_errors() {
        CliRun unknownOption = run("--token", TOKEN, "--tokn", TOKEN, "list");
        CliRun inValue = run("--token=" + TOKEN, "get", "--location", "demo", "--id", TOKEN + "/x");
        CliRun fromEnv = CliRun.withEnv(Map.of("HIGHLEVEL_TOKEN", TOKEN), "get", "--location", "demo", "--id", TOKEN + "/x");

        assertThat(unknownOption.status()).isEqualTo(ChatWidgetCli.USAGE);
        assertThat(unknownOption.err() + inValue.err() + fromEnv.err()).doesNotContain(TOKEN).contains("****");
    }
}
