package dev.chatwidget.testkit.server;

import static dev.chatwidget.testkit.server.Call.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpHandler;
import dev.chatwidget.adapter.inmemory.InMemoryFake;
import dev.chatwidget.adapter.inmemory.SeedWidget;
import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.LocationId;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    static final LocationId LOC = LocationId.of("loc1");
    static final String LIST = "/chat-widget/list?locationId=loc1&offset=0&limit=10";

    /**
     * The testkit's build does not set the property (the adapters' builds do): only the server itself can have set
     * it, before the JDK's HttpServer read it, so accepted connections have TCP_NODELAY and small responses do not
     * wait ~40 ms for a delayed ACK.
     */
    @Test
    void a_started_server_has_turned_nagle_off_for_the_connections_it_accepts() {
        try (FakeHighLevelServer server = FakeHighLevelServer.builder().start()) {
            assertThat(server.port()).isPositive();
            assertThat(System.getProperty("sun.net.httpserver.nodelay")).isEqualTo("true");
        }
    }

    @Test
    void it_starts_on_an_ephemeral_loopback_port_and_stops() {
        FakeHighLevelServer server = FakeHighLevelServer.builder().token("t", Set.of(LOC), Scopes.ALL).start();
        int port = server.port();

        assertThat(port).isPositive();
        assertThat(server.baseUri().toString()).isEqualTo("http://127.0.0.1:" + port);
        assertThat(call(server, "GET", LIST).token("t").send().status()).isEqualTo(200);

        server.close();
        server.close();
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(IOException.class);
        assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void it_binds_a_given_port() throws IOException {
        int free;
        try (ServerSocket probe = new ServerSocket(0)) {
            free = probe.getLocalPort();
        }
        try (FakeHighLevelServer server = FakeHighLevelServer.builder().port(free).start()) {
            assertThat(server.port()).isEqualTo(free);
        }
    }

    @Test
    void it_serves_a_given_in_memory_fake() {
        InMemoryFake fake = InMemoryFake.create();
        fake.seed(SeedWidget.of(LOC, ChatType.LIVE_CHAT, "shared"));

        try (FakeHighLevelServer server = FakeHighLevelServer.builder().fake(fake)
                .token("t", Set.of(LOC), Scopes.ALL).start()) {
            assertThat(server.fake()).isSameAs(fake);
            assertThat(call(server, "GET", LIST).token("t").send().json().get("totalCount").asInt()).isEqualTo(1);
        }
    }

    @Test
    void concurrent_clients_are_served_while_one_is_delayed() {
        try (FakeHighLevelServer server = FakeHighLevelServer.builder().token("t", Set.of(LOC), Scopes.ALL)
                .rateLimits(RateLimitPolicy.UNLIMITED).start()) {
            server.faults().next(Fault.delay(Duration.ofSeconds(2)));
            CompletableFuture<Call.Response> slow = CompletableFuture.supplyAsync(
                    () -> call(server, "GET", LIST).token("t").send());
            waitUntil(() -> server.requests().size() == 1);

            List<CompletableFuture<Call.Response>> fast = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                fast.add(CompletableFuture.supplyAsync(() -> call(server, "POST", "/chat-widget/").token("t")
                        .body("{\"version\":3,\"chatType\":\"liveChat\",\"name\":\"n\",\"locationId\":\"loc1\"}")
                        .send()));
            }

            assertThat(fast).allSatisfy(f -> assertThat(f.join().status()).isEqualTo(201));
            assertThat(slow).isNotDone();
            assertThat(server.fake().liveWidgets(LOC)).hasSize(20);
            assertThat(server.fake().liveWidgets(LOC)).filteredOn(w -> w.isDefault()).hasSize(1);
            assertThat(slow.join().status()).isEqualTo(200);
        }
    }

    @Test
    void close_ends_a_delayed_exchange_at_once() throws Exception {
        FakeHighLevelServer server = FakeHighLevelServer.builder().start();
        server.faults().next(Fault.delay(Duration.ofMinutes(5)));
        CompletableFuture<Integer> pending = CompletableFuture.supplyAsync(() -> {
            try {
                return RawHttp.send(server, "GET", LIST, "Version: v3").bytes().length;
            } catch (IOException e) {
                return -1;
            }
        });
        waitUntil(() -> server.requests().size() == 1);

        server.close();

        assertThat(pending.get(10, java.util.concurrent.TimeUnit.SECONDS)).isLessThanOrEqualTo(0);
    }

    @Test
    void a_given_executor_is_used_and_left_running() {
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            try (FakeHighLevelServer server = FakeHighLevelServer.builder().executor(executor).start()) {
                assertThat(call(server, "GET", LIST).send().status()).isEqualTo(401);
            }
            assertThat(executor.isShutdown()).isFalse();
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void a_mounted_handler_serves_its_path_is_recorded_and_faults_apply_to_it() {
        HttpHandler oauth = exchange -> {
            byte[] body = "{\"access_token\":\"a\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        };
        try (FakeHighLevelServer server = FakeHighLevelServer.builder().handler("/oauth/token", oauth).start()) {
            Call.Response ok = call(server, "POST", "/oauth/token").withoutHeader("Version")
                    .header("Content-Type", "application/x-www-form-urlencoded").body("client_secret=hush").send();
            server.faults().next(RequestMatcher.route("POST", "/oauth/token"), Fault.respond(503, "{}"));
            Call.Response faulted = call(server, "POST", "/oauth/token").body("x=y").send();

            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.body()).isEqualTo("{\"access_token\":\"a\"}");
            assertThat(faulted.status()).isEqualTo(503);
            assertThat(server.requests()).hasSize(2);
            assertThat(server.requests().get(0).route()).contains("/oauth/token");
            assertThat(server.requests().get(0).operation()).isEmpty();
            assertThat(server.requests().get(0).toString()).doesNotContain("hush");
            assertThat(server.requestCount(Operation.CREATE)).isZero();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met in 10 s");
            }
            Thread.onSpinWait();
        }
    }
}
