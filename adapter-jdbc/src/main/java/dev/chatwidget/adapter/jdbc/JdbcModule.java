package dev.chatwidget.adapter.jdbc;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.chatwidget.core.port.out.TokenStore;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Binds {@link TokenStore} to a {@link JdbcTokenStore} on your {@link DataSource} (your pool: the store neither
 * opens nor closes it), built when first asked for. Install it beside an adapter module and build the
 * {@code OAuthTokenProvider} from {@code injector.getInstance(TokenStore.class)}.
 */
public final class JdbcModule extends AbstractModule {

    private final DataSource dataSource;
    private final String table;
    private final boolean createTable;

    /** A module on {@code dataSource} whose table {@value JdbcTokenStore#DEFAULT_TABLE} a DBA created. */
    public JdbcModule(DataSource dataSource) {
        this(dataSource, JdbcTokenStore.DEFAULT_TABLE, false);
    }

    /** A module on {@code dataSource} using {@code table}, created at first use if {@code createTable}. */
    public JdbcModule(DataSource dataSource, String table, boolean createTable) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.table = new TokenTable(table).name(); // a bad name fails here, before any injector is built
        this.createTable = createTable;
    }

    @Override
    protected void configure() {
        bind(TokenStore.class).to(JdbcTokenStore.class);
    }

    @Provides
    @Singleton
    JdbcTokenStore jdbcTokenStore() {
        return JdbcTokenStore.builder(dataSource).table(table).createTable(createTable).build();
    }
}
