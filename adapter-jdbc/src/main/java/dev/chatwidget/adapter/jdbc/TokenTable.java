package dev.chatwidget.adapter.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name of the table holding the tokens, checked before it is ever put into SQL (it cannot be a bind
 * parameter): an unquoted SQL identifier, optionally qualified by a schema, each part at most 63 characters
 * (PostgreSQL's limit).
 */
record TokenTable(String name) {

    /** The rule a table name must follow, as error messages state it. */
    static final String RULE = "an SQL identifier [A-Za-z_][A-Za-z0-9_]* of at most 63 characters, optionally"
            + " schema-qualified (schema.table)";

    /** Where the DDL ships in the jar; it names the default table. */
    static final String SCHEMA_RESOURCE = "schema-postgresql.sql";

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    TokenTable {
        Objects.requireNonNull(name, "table");
        String[] parts = name.split("\\.", -1);
        if (parts.length > 2 || !IDENTIFIER.matcher(parts[0]).matches()
                || (parts.length == 2 && !IDENTIFIER.matcher(parts[1]).matches())) {
            throw new IllegalArgumentException("table must be " + RULE + ", was '" + name + "'");
        }
    }

    /** The shipped DDL, creating this table if it does not exist. */
    String ddl() {
        try (InputStream in = TokenTable.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the jar");
            }
            String shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return shipped.replaceAll("(?m)^--.*\\n", "").replace(JdbcTokenStore.DEFAULT_TABLE, name).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
