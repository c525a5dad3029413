package dev.chatwidget.testkit.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.inmemory.SeedWidget;
import dev.chatwidget.core.application.resilience.RetryListener;
import dev.chatwidget.core.call.HighLevelApi;
import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.error.UnexpectedResponse;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.port.out.TokenProvider;
import dev.chatwidget.testkit.contract.ContractIds;
import dev.chatwidget.testkit.server.FakeHighLevelServer;
import dev.chatwidget.testkit.server.Fault;
import dev.chatwidget.testkit.server.RecordedRequest;
import dev.chatwidget.testkit.server.RequestMatcher;
import io.vavr.control.Either;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an HTTP adapter must never do whatever the server or the caller sends: follow a redirect to another
 * origin, talk plain HTTP off this machine, put CR/LF into a header, let an id address another path, or read an
 * unbounded body. An HTTP adapter's test extends this and supplies {@link #gateway(HttpConfig)}.
 */
@Timeout(60)
public abstract class HttpSecurity {

    static final long HUGE = 64L * 1024 * 1024;

    private final Deque<AutoCloseable> opened = new ArrayDeque<>();
    private FakeHighLevelServer server;

    /** The adapter under test, over {@code config}. */
    protected abstract CloseableGateway gateway(HttpConfig config);

    /** Connections the adapter holds for calls in progress, where it can tell (a pooled client can). */
    protected OptionalInt leasedConnections(CloseableGateway gateway) {
        return OptionalInt.empty();
    }

    @BeforeEach
    void startServer() {
        server = open(Stacks.server());
    }

    @AfterEach
    void closeAll() throws Exception {
        while (!opened.isEmpty()) {
            opened.pop().close();
        }
    }

    static Stream<Arguments> redirects() {
        return IntStream.of(301, 302, 303, 307, 308).boxed().flatMap(status -> Stream.of(Operation.GET,
                Operation.PATCH, Operation.DELETE, Operation.CREATE).map(op -> Arguments.of(status, op)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("redirects")
    void a_redirect_to_another_origin_is_not_followed_and_nothing_reaches_it(int status, Operation op) {
        FakeHighLevelServer elsewhere = open(Stacks.server());
        LocationId location = ContractIds.randomLocation();
        WidgetId id = server.seed(SeedWidget.of(location, ChatType.LIVE_CHAT, "w")).id();
        server.faults().next(RequestMatcher.operation(op), Fault.respond(status,
                Map.of("Location", List.of(elsewhere.baseUri() + "/chat-widget/")), ""));
        ChatWidgets gateway = Stacks.resilient(open(Stacks.config(server.baseUri())), Stacks.policy(),
                Stacks.limiter(), RetryListener.NONE);

        Either<ChatWidgetError, ?> result = GatewayCalls.call(gateway, op, location, id);

        assertThat(result.isLeft() ? result.getLeft() : null).isInstanceOf(UnexpectedResponse.class)
                .extracting(ChatWidgetError::status).isEqualTo(status);
        assertThat(elsewhere.requests()).as("requests that reached the other origin").isEmpty();
        assertThat(server.requestCount(op)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com", "http://" + HighLevelApi.HOST, "http://10.0.0.1:8080",
        "http://192.168.1.10", "http://0.0.0.0:8080", "http://[::2]:80", "http://127.0.0.1.nip.io:8080",
        "http://localhost.example.com", "http://127.1:8080"})
    void a_plain_http_base_url_is_refused_unless_its_host_is_loopback(String uri) {
        assertThatThrownBy(() -> gateway(Stacks.config(URI.create(uri)).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUri");
    }

    /** Port 1 refuses: the call fails at connect, which shows the base URL was accepted and the call went to it. */
    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:1", "http://localhost:1", "http://[::1]:1", "http://127.9.8.7:1",
        "https://127.0.0.1:1", "https://localhost:1"})
    void http_and_https_on_loopback_are_accepted_and_called(String uri) {
        CloseableGateway gateway = open(Stacks.config(URI.create(uri)));

        Either<ChatWidgetError, ?> result = gateway.list(ListQuery.of(ContractIds.randomLocation()));

        assertThat(result.isLeft() ? result.getLeft() : null).as(uri).isInstanceOfSatisfying(TransportFailure.class,
                failure -> assertThat(failure.mayHaveReachedServer()).as(failure.message()).isFalse());
    }

    /** Building only: a call would leave this machine. */
    @ParameterizedTest
    @ValueSource(strings = {HighLevelApi.BASE_URL, "https://widgets.example.com:8443/base"})
    void an_https_base_url_on_any_host_is_accepted(String uri) {
        assertThat(open(Stacks.config(URI.create(uri)))).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sekrit\r\nX-Injected: 1", "sekrit\nX-Injected: 1", "sekrit\r", "sek rit", "sekrit\u0000"})
    void a_token_with_cr_lf_or_control_characters_is_refused_naming_the_token_without_showing_it(String token) {
        assertThatThrownBy(() -> TokenProvider.fixed(token)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("token").message().doesNotContain("sekrit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3\r\nX-Injected: 1", "v3\n", "v3\r", "v3\u0085"})
    void a_version_or_user_agent_suffix_with_cr_lf_is_refused_naming_the_field_before_any_request(String bad) {
        assertThatThrownBy(() -> gateway(Stacks.config(server.baseUri()).apiVersion(bad).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("apiVersion");
        assertThatThrownBy(() -> gateway(Stacks.config(server.baseUri()).userAgentSuffix(bad).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("userAgentSuffix");
        assertThat(server.requests()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "..", ".", "a/b", "/", "%2F", "%2e%2e", "a b", "a?b", "a#b", "a\\b", "a\tb",
        "a\r\nb", "\u0000", "a\u00a0b", " ", ""})
    void a_hostile_id_is_refused_naming_the_field_before_any_request(String hostile) {
        assertThatThrownBy(() -> WidgetId.of(hostile)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("widgetId");
        assertThatThrownBy(() -> LocationId.of(hostile)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("locationId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"é", "日本語", "a;b", "a+b&c=d", "~x.y_z-", "a:b@c", "\u200B", "...", "a'b\"c",
        "<script>", "a%", "Ω≈ç√", "\uD83D\uDE00"})
    void an_unusual_id_that_is_allowed_travels_as_exactly_one_encoded_segment(String odd) {
        if (odd.contains("%")) {
            assertThatThrownBy(() -> WidgetId.of(odd)).isInstanceOf(IllegalArgumentException.class);
            return;
        }
        CloseableGateway gateway = open(Stacks.config(server.baseUri()));
        LocationId location = LocationId.of(odd);
        WidgetId id = WidgetId.of(odd);
        String segment = PathSegments.encoded(odd);

        gateway.get(location, id);
        gateway.delete(location, id);
        gateway.publicConfig(id, OptionalInt.empty());
        gateway.list(ListQuery.of(location));

        List<RecordedRequest> requests = server.requests();
        assertThat(requests).extracting(RecordedRequest::path).containsExactly(
                "/chat-widget/data/" + segment + "/" + segment, "/chat-widget/" + segment + "/" + segment,
                "/chat-widget/public/config/" + segment, "/chat-widget/list");
        assertThat(requests).extracting(r -> r.operation().orElse(null)).containsExactly(Operation.GET,
                Operation.DELETE, Operation.PUBLIC_CONFIG, Operation.LIST);
        assertThat(requests.get(3).rawQuery()).startsWith("locationId=" + segment + "&");
    }

    @ParameterizedTest(name = "chunked: {0}")
    @ValueSource(booleans = {false, true})
    void a_64_MiB_body_is_an_error_at_the_default_cap_and_its_connection_is_released(boolean chunked) {
        // The answer must be the size cap, never Stacks' short response timeout on a loaded machine.
        HttpConfig config = Stacks.config(server.baseUri()).responseTimeout(Duration.ofSeconds(1)).build();
        assertThat(config.maxResponseBytes()).isEqualTo(HttpConfig.DEFAULT_MAX_RESPONSE_BYTES)
                .isLessThanOrEqualTo(8 * 1024 * 1024);
        CloseableGateway gateway = gateway(config);
        opened.push(gateway);
        LocationId location = ContractIds.randomLocation();
        server.faults().next(RequestMatcher.operation(Operation.LIST),
                chunked ? Fault.hugeChunkedBody(200, HUGE) : Fault.hugeBody(200, HUGE));

        Either<ChatWidgetError, ?> result = gateway.list(ListQuery.of(location));

        assertThat(result.isLeft() ? result.getLeft() : null).isInstanceOf(UnexpectedResponse.class)
                .extracting(ChatWidgetError::message).asString()
                .contains(Integer.toString(HttpConfig.DEFAULT_MAX_RESPONSE_BYTES));
        leasedConnections(gateway).ifPresent(leased -> assertThat(leased).as("leased connections").isZero());
        for (int i = 0; i < 10; i++) {
            assertThat(gateway.list(ListQuery.of(location)).isRight()).as("a call after the huge body").isTrue();
        }
        TcpConnections.establishedTo(server.port()).ifPresent(open -> assertThat(open)
                .as("connections the client still holds to the server").isLessThanOrEqualTo(1));
    }

    private CloseableGateway open(HttpConfig.Builder config) {
        CloseableGateway gateway = gateway(config.build());
        opened.push(gateway);
        return gateway;
    }

    private FakeHighLevelServer open(FakeHighLevelServer started) {
        opened.push(started);
        return started;
    }
}
