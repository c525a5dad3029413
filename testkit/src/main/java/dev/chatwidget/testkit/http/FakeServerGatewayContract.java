package dev.chatwidget.testkit.http;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.inmemory.AccessPolicy;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import dev.chatwidget.core.port.out.TokenProvider;
import dev.chatwidget.testkit.contract.ChatWidgetGatewayContract;
import dev.chatwidget.testkit.contract.ContractIds;
import dev.chatwidget.testkit.contract.GatewayCapability;
import dev.chatwidget.testkit.contract.Inspector;
import dev.chatwidget.testkit.contract.Seeder;
import dev.chatwidget.testkit.server.FakeHighLevelServer;
import dev.chatwidget.testkit.server.Scopes;
import dev.chatwidget.testkit.server.TokenAccess;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole gateway contract, every capability included, for an HTTP adapter against the fake server on loopback.
 * An adapter's test extends it and names its factory.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class FakeServerGatewayContract implements ChatWidgetGatewayContract {

    private static final String TOKEN = "contract-token";

    private FakeHighLevelServer server;
    private CloseableGateway gateway;

    /** The adapter under test, configured for the fake server. */
    protected abstract CloseableGateway connect(HttpConfig config);

    @BeforeAll
    final void start() {
        server = FakeHighLevelServer.builder().token(TOKEN, TokenAccess.anyLocation(Scopes.ALL)).start();
        gateway = connect(HttpConfig.builder(TokenProvider.fixed(TOKEN)).baseUri(server.baseUri()).build());
    }

    @AfterAll
    final void stop() {
        gateway.close();
        server.close();
    }

    @Override
    public final ChatWidgetGateway gateway() {
        return gateway;
    }

    @Override
    public final Set<GatewayCapability> capabilities() {
        return GatewayCapability.all();
    }

    @Override
    public final Seeder seeder() {
        return server::seed;
    }

    @Override
    public final Inspector inspector() {
        return server.fake()::stored;
    }

    @Override
    public final LocationId forbiddenLocation() {
        LocationId denied = ContractIds.randomLocation();
        server.fake().accessPolicy(AccessPolicy.allExcept(Set.of(denied)));
        return denied;
    }
}
