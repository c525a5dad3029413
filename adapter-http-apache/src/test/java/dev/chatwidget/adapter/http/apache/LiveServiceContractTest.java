package dev.chatwidget.adapter.http.apache;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import dev.chatwidget.core.port.out.TokenProvider;
import dev.chatwidget.testkit.contract.ChatWidgetGatewayContract;
import dev.chatwidget.testkit.contract.GatewayCapability;
import java.net.URI;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Opt-in live mode: with {@code HIGHLEVEL_TOKEN} and {@code HIGHLEVEL_LOCATION_ID} set (and optionally
 * {@code HIGHLEVEL_BASE_URL}), the safe part of the contract (tests tagged {@code safe}: they create only their own
 * liveChat/emailChat widgets and delete them) runs against the real service. Without them it is skipped, never
 * faked. Use a dedicated, empty sub-account: the tests expect a location with no live widgets.
 */
@EnabledIfEnvironmentVariable(named = "HIGHLEVEL_TOKEN", matches = ".+")
@EnabledIfEnvironmentVariable(named = "HIGHLEVEL_LOCATION_ID", matches = ".+")
class LiveServiceContractTest implements ChatWidgetGatewayContract {

    private static CloseableGateway gateway;

    @BeforeAll
    static void connect() {
        String baseUrl = System.getenv().getOrDefault("HIGHLEVEL_BASE_URL", HttpConfig.DEFAULT_BASE_URI.toString());
        gateway = ApacheHttpChatWidgets.create(HttpConfig.builder(TokenProvider.fixed(System.getenv("HIGHLEVEL_TOKEN")))
                .baseUri(URI.create(baseUrl)).build());
    }

    @AfterAll
    static void disconnect() {
        gateway.close();
    }

    @BeforeEach
    void onlySafeTests(TestInfo test) {
        assumeTrue(test.getTags().contains("safe"), "only tests tagged 'safe' run against the real service");
    }

    @Override
    public ChatWidgetGateway gateway() {
        return gateway;
    }

    @Override
    public Set<GatewayCapability> capabilities() {
        return EnumSet.of(GatewayCapability.PUBLIC_CONFIG);
    }

    @Override
    public LocationId newLocation() {
        return LocationId.of(System.getenv("HIGHLEVEL_LOCATION_ID"));
    }
}
