package dev.chatwidget.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.chatwidget.core.port.out.TokenStore;
import dev.chatwidget.testkit.tokens.TokenStoreContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.ds.PGSimpleDataSource;

/** Guice users get one JDBC token store on their DataSource, its table created when asked. */
class JdbcModuleTest {

    @RegisterExtension
    static final PostgresServerExtension POSTGRES = PostgresServerExtension.shared();

    @Test
    void binds_a_single_token_store_on_the_data_source_creating_the_named_table() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(POSTGRES.jdbcUrl());
        Injector injector = Guice.createInjector(new JdbcModule(dataSource, "guice_tokens", true));

        TokenStore store = injector.getInstance(TokenStore.class);
        var location = TokenStoreContract.newLocation();
        store.save(location, TokenStoreContract.tokens("g"));

        assertThat(store).isSameAs(injector.getInstance(TokenStore.class)).hasToString(
                "JdbcTokenStore[table=guice_tokens]");
        assertThat(store.load(location).get()).contains(TokenStoreContract.tokens("g"));
    }

    @Test
    void a_bad_table_name_fails_when_the_module_is_made() {
        assertThatThrownBy(() -> new JdbcModule(new PGSimpleDataSource(), "x;y", true))
                .hasMessageStartingWith("table must be");
    }
}
