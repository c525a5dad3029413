package dev.chatwidget.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.ds.PGSimpleDataSource;

/** The table name goes into SQL text, so only plain identifiers are accepted, with an error stating the rule. */
class TokenTableTest {

    @ParameterizedTest
    @ValueSource(strings = {"chat_widget_tokens", "Tokens2", "_t", "app.chat_widget_tokens"})
    void plain_identifiers_optionally_schema_qualified_are_accepted(String name) {
        assertThat(new TokenTable(name).name()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2tokens", "tokens; DROP TABLE x", "a.b.c", "\"quoted\"", "tok-ens", ".t", "t."})
    void anything_else_is_refused_naming_the_field_and_the_rule(String name) {
        assertThatThrownBy(() -> JdbcTokenStore.builder(new PGSimpleDataSource()).table(name).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("table must be an SQL identifier [A-Za-z_][A-Za-z0-9_]*")
                .hasMessageContaining("'" + name + "'");
    }

    @Test
    void a_name_longer_than_63_characters_is_refused() {
        assertThatThrownBy(() -> new TokenTable("t".repeat(64))).hasMessageContaining("at most 63 characters");
        assertThat(new TokenTable("t".repeat(63)).name()).hasSize(63);
    }

    @Test
    void the_shipped_ddl_creates_the_configured_table() {
        String ddl = new TokenTable("app.my_tokens").ddl();

        assertThat(ddl).startsWith("CREATE TABLE IF NOT EXISTS app.my_tokens (")
                .contains("location_id", "version", "lease_holder", "lease_until")
                .doesNotContain("chat_widget_tokens", "--");
    }
}
