package dev.chatwidget.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.testkit.fake.Widgets;
import dev.chatwidget.testkit.server.FakeHighLevelServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

@WithFakeHighLevelServer
class FakeHighLevelServerExtensionTest {

    private static final Set<Integer> PORTS = new HashSet<>();
    private static final Set<FakeHighLevelServer> SERVERS = new HashSet<>();
    private static final LocationId LOCATION = LocationId.of("loc-http");

    @Fake
    FakeHighLevelServer field;

    @Test
    void a_plain_http_client_lists_seeded_widgets_with_the_extension_token(FakeHighLevelServer server)
            throws IOException, InterruptedException {
        server.seed(Widgets.liveChat(LOCATION, "Website chat"));

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.baseUri() + "/chat-widget/list?locationId=loc-http&offset=0&limit=10"))
                .header("Authorization", "Bearer " + WithFakeHighLevelServer.TOKEN)
                .header("Version", "2021-07-28").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"totalCount\":1", "Website chat");
        assertThat(server.requestCount(Operation.LIST)).isEqualTo(1);
        assertThat(field).isSameAs(server);
        remember(server);
    }

    @Test
    void each_test_gets_its_own_running_server(FakeHighLevelServer server) {
        assertThat(server.requests()).isEmpty();
        assertThat(server.port()).isPositive();
        remember(server);
    }

    private static void remember(FakeHighLevelServer server) {
        PORTS.add(server.port());
        SERVERS.add(server);
    }

    @AfterAll
    static void servers_were_distinct_and_are_closed_after_their_test() {
        assertThat(SERVERS).hasSize(2);
        for (int port : PORTS) {
            assertThat(refused(port)).as("port %s closed", port).isTrue();
        }
    }

    private static boolean refused(int port) {
        try (java.net.Socket ignored = new java.net.Socket("127.0.0.1", port)) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
