package dev.chatwidget.adapter.http.apache;

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

/** The Apache adapter passes the whole gateway contract against the fake server, every capability included. */
class ApacheGatewayContractTest implements ChatWidgetGatewayContract {

    private static final String TOKEN = "contract-token";

    private static FakeHighLevelServer server;
    private static CloseableGateway gateway;

    @BeforeAll
    static void start() {
        server = FakeHighLevelServer.builder().token(TOKEN, TokenAccess.anyLocation(Scopes.ALL)).start();
        gateway = ApacheHttpChatWidgets.create(HttpConfig.builder(TokenProvider.fixed(TOKEN))
                .baseUri(server.baseUri()).build());
    }

    @AfterAll
    static void stop() {
        gateway.close();
        server.close();
    }

    @Override
    public ChatWidgetGateway gateway() {
        return gateway;
    }

    @Override
    public Set<GatewayCapability> capabilities() {
        return GatewayCapability.all();
    }

    @Override
    public Seeder seeder() {
        return server::seed;
    }

    @Override
    public Inspector inspector() {
        return server.fake()::stored;
    }

    @Override
    public LocationId forbiddenLocation() {
        LocationId denied = ContractIds.randomLocation();
        server.fake().accessPolicy(AccessPolicy.allExcept(Set.of(denied)));
        return denied;
    }
}
