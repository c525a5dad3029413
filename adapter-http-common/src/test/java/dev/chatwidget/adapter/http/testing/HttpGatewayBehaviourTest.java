package dev.chatwidget.adapter.http.testing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.testing.StubServer.Reply;
import dev.chatwidget.core.application.pipeline.CallPipeline;
import dev.chatwidget.core.application.pipeline.RateLimitStep;
import dev.chatwidget.core.application.pipeline.RetryStep;
import dev.chatwidget.core.application.resilience.RetryListener;
import dev.chatwidget.core.application.resilience.RetryPolicy;
import dev.chatwidget.core.call.WidgetRequest.GetWidget;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatTypeFilter;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.CloneRequest;
import dev.chatwidget.core.domain.CreationSource;
import dev.chatwidget.core.domain.Deleted;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.RateLimits;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.domain.json.JsonNull;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.settings.WidgetSettings;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.Forbidden;
import dev.chatwidget.core.error.Invalid;
import dev.chatwidget.core.error.NotFound;
import dev.chatwidget.core.error.RateLimited;
import dev.chatwidget.core.error.ServerError;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.error.Unauthorized;
import dev.chatwidget.core.error.UnexpectedResponse;
import dev.chatwidget.core.port.out.RateLimiter;
import dev.chatwidget.core.port.out.Sleeper;
import dev.chatwidget.core.port.out.TokenProvider;
import io.vavr.control.Either;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every HTTP adapter must do over a real socket, whatever its stack: each adapter's test extends this and
 * supplies {@link #gateway(HttpConfig)}.
 */
@Timeout(30)
public abstract class HttpGatewayBehaviourTest {

    protected static final LocationId LOCATION = LocationId.of("loc123");
    protected static final WidgetId ID = WidgetId.of("aBcDeFgHiJkLmNoPqRsT");

    protected static final String WIDGET = """
            {"_id":"aBcDeFgHiJkLmNoPqRsT","version":3,"chatType":"liveChat","name":"Support","locationId":"loc123",
             "deleted":false,"default":true,"settings":{"heading":"Hi","nested":{"unknown":[1.50,null]}},
             "createdAt":"2024-03-01T10:15:30.123Z","updatedAt":"2024-03-02T10:15:30Z","brandNew":{"x":1}}""";

    protected static final String LIST_ITEM = """
            {"_id":"aBcDeFgHiJkLmNoPqRsT","name":"Support","chatType":"liveChat","default":true,
             "creationSource":"chat-widget","createdAt":"2024-03-01T10:15:30Z","updatedAt":"2024-03-01T10:15:30Z"}""";

    protected StubServer server;
    private final List<CloseableGateway> opened = new ArrayList<>();
    protected final List<RateLimits> reportedLimits = new CopyOnWriteArrayList<>();

    /** The adapter under test, over {@code config}. */
    protected abstract CloseableGateway gateway(HttpConfig config);

    @BeforeEach
    void startServer() {
        server = new StubServer();
    }

    @AfterEach
    void stopServer() {
        opened.forEach(CloseableGateway::close);
        server.close();
    }

    protected HttpConfig.Builder config() {
        return HttpConfig.builder(TokenProvider.fixed("tok-123"))
                .baseUri(server.baseUri())
                .connectTimeout(Duration.ofSeconds(2))
                .responseTimeout(Duration.ofSeconds(5))
                .userAgentSuffix("behaviour-test");
    }

    protected CloseableGateway open(HttpConfig config) {
        CloseableGateway gateway = gateway(config);
        opened.add(gateway);
        return gateway;
    }

    protected CloseableGateway open() {
        return open(config().build());
    }

    // ---- requests ---------------------------------------------------------------------------------------

    @Test
    void every_call_sends_bearer_token_version_accept_and_user_agent() {
        server.reply(Reply.json(200, WIDGET));

        open().get(LOCATION, ID);

        StubServer.Recorded request = server.lastRequest();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.rawPath()).isEqualTo("/chat-widget/data/loc123/aBcDeFgHiJkLmNoPqRsT");
        assertThat(request.header("Authorization")).containsExactly("Bearer tok-123");
        assertThat(request.header("Version")).containsExactly("v3");
        assertThat(request.header("Accept")).containsExactly("application/json");
        assertThat(request.header("User-Agent")).hasSize(1);
        assertThat(request.header("User-Agent").get(0)).matches("chat-widget-java/\\S+ behaviour-test");
        assertThat(String.join(",", request.header("Accept-Encoding"))).contains("gzip");
        assertThat(request.header("Content-Type")).isEmpty();
        assertThat(request.body()).isEmpty();
    }

    @Test
    void the_version_header_is_configurable() {
        server.reply(Reply.json(200, WIDGET));

        open(config().apiVersion("2021-07-28").build()).get(LOCATION, ID);

        assertThat(server.lastRequest().header("Version")).containsExactly("2021-07-28");
    }

    @Test
    void create_posts_the_json_body_with_its_content_type() {
        server.reply(Reply.json(201, WIDGET));

        Either<ChatWidgetError, ChatWidget> result = open().create(NewWidget.of(LOCATION, ChatType.LIVE_CHAT, "Support"));

        assertThat(result.get().id()).isEqualTo(ID);
        StubServer.Recorded request = server.lastRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.rawPath()).isEqualTo("/chat-widget/");
        assertThat(request.header("Content-Type")).hasSize(1);
        assertThat(request.header("Content-Type").get(0)).startsWith("application/json");
        assertThat(request.bodyText())
                .isEqualTo("{\"version\":3,\"chatType\":\"liveChat\",\"name\":\"Support\",\"locationId\":\"loc123\"}");
    }

    @Test
    void patch_is_sent_as_PATCH_with_nulls_in_settings_kept() {
        server.reply(Reply.json(200, WIDGET));
        WidgetUpdate update = WidgetUpdate.none().withName("New")
                .withSettings(WidgetSettings.of(JsonObject.builder().put("heading", JsonNull.INSTANCE).build()));

        Either<ChatWidgetError, ChatWidget> result = open().patch(LOCATION, ID, update);

        assertThat(result.isRight()).as(String.valueOf(result)).isTrue();
        assertThat(server.lastRequest().method()).isEqualTo("PATCH");
        assertThat(server.lastRequest().rawPath()).isEqualTo("/chat-widget/data/loc123/aBcDeFgHiJkLmNoPqRsT");
        assertThat(server.lastRequest().bodyText()).isEqualTo("{\"name\":\"New\",\"settings\":{\"heading\":null}}");
    }

    @Test
    void replace_is_sent_as_PUT_naming_only_the_fields_set() {
        server.reply(Reply.json(200, WIDGET));

        open().replace(LOCATION, ID, WidgetUpdate.none().withDefault(true));

        assertThat(server.lastRequest().method()).isEqualTo("PUT");
        assertThat(server.lastRequest().bodyText()).isEqualTo("{\"default\":true}");
    }

    @Test
    void clone_posts_to_the_clone_path() {
        server.reply(Reply.json(201, WIDGET));

        open().clone(CloneRequest.of(LOCATION, ID).withName("Copy"));

        assertThat(server.lastRequest().method()).isEqualTo("POST");
        assertThat(server.lastRequest().rawPath()).isEqualTo("/chat-widget/clone");
        assertThat(server.lastRequest().bodyText())
                .isEqualTo("{\"locationId\":\"loc123\",\"chatWidgetId\":\"aBcDeFgHiJkLmNoPqRsT\",\"name\":\"Copy\"}");
    }

    @Test
    void delete_accepts_any_body_even_none() {
        server.reply(Reply.status(200), Reply.status(204), Reply.json(200, "<html>ok</html>"));
        CloseableGateway gateway = open();

        for (int i = 0; i < 3; i++) {
            Either<ChatWidgetError, Deleted> result = gateway.delete(LOCATION, ID);
            assertThat(result.get()).isEqualTo(new Deleted(LOCATION, ID));
        }
        assertThat(server.lastRequest().method()).isEqualTo("DELETE");
        assertThat(server.lastRequest().rawPath()).isEqualTo("/chat-widget/loc123/aBcDeFgHiJkLmNoPqRsT");
    }

    @Test
    void list_sends_every_query_value_percent_encoded() {
        server.reply(Reply.json(200, "{\"chatWidgets\":[],\"totalCount\":0}"));
        ListQuery query = ListQuery.of(LOCATION).withChatType(ChatType.ALL_IN_ONE_CHAT)
                .withExcludeChatType(ChatType.WA_CHAT).withVoiceAiAgentId("a&b=c/d?e#f% g+é")
                .withAllInOneChatTypes(List.of(ChatTypeFilter.only(ChatType.LIVE_CHAT), ChatTypeFilter.WEB_CHAT));

        Page<WidgetSummary> page = open().list(query).get();

        assertThat(page.items()).isEmpty();
        assertThat(server.lastRequest().rawPath()).isEqualTo("/chat-widget/list");
        assertThat(server.lastRequest().rawQuery()).isEqualTo("locationId=loc123&offset=0&limit=20"
                + "&chatType=allInOneChat&excludeChatType=waChat&voiceAiAgentId=a%26b%3Dc%2Fd%3Fe%23f%25%20g%2B%C3%A9"
                + "&allInOneChatTypes=liveChat%2CwebChat");
    }

    @Test
    void public_config_asks_for_the_version_in_the_query() {
        server.reply(Reply.json(200, "{\"config\":{\"_id\":\"aBcDeFgHiJkLmNoPqRsT\",\"locationId\":\"loc123\","
                + "\"chatType\":\"liveChat\",\"version\":3,\"name\":\"n\",\"settings\":{}}}"));

        assertThat(open().publicConfig(ID, OptionalInt.of(3)).get().name()).isEqualTo("n");
        assertThat(server.lastRequest().rawPath()).isEqualTo("/chat-widget/public/config/aBcDeFgHiJkLmNoPqRsT");
        assertThat(server.lastRequest().rawQuery()).isEqualTo("version=3");
    }

    // ---- responses --------------------------------------------------------------------------------------

    @Test
    void unknown_fields_and_chat_types_are_tolerated() {
        server.reply(Reply.json(200, WIDGET.replace("liveChat", "hologramChat")));

        ChatWidget widget = open().get(LOCATION, ID).get();

        assertThat(widget.chatType()).isEqualTo(ChatType.of("hologramChat"));
        assertThat(widget.settings().toString()).isEqualTo("{\"heading\":\"Hi\",\"nested\":{\"unknown\":[1.50,null]}}");
    }

    // ---- the API as it is now: delete's answer, paging without totalCount, creation source, daily reset --------

    @Test
    void delete_answers_the_deleted_widget_the_service_sent() {
        server.reply(Reply.json(200, WIDGET.replace("\"deleted\":false,\"default\":true", "\"deleted\":true,\"default\":false")));

        Deleted deleted = open().delete(LOCATION, ID).get();

        assertThat(deleted.reported()).isTrue();
        assertThat(deleted.widget().orElseThrow().deleted()).isTrue();
        assertThat(deleted.widget().orElseThrow().name()).isEqualTo("Support");
        assertThat(deleted.widget().orElseThrow().settings().toString())
                .isEqualTo("{\"heading\":\"Hi\",\"nested\":{\"unknown\":[1.50,null]}}");
    }

    @Test
    void a_list_without_total_count_is_a_page_that_says_so() {
        server.reply(Reply.json(200, "{\"chatWidgets\":[" + LIST_ITEM + "," + LIST_ITEM + "]}"));

        Page<WidgetSummary> page = open().list(ListQuery.of(LOCATION).withLimit(2)).get();

        assertThat(page.totalReported()).isFalse();
        assertThat(page.items()).hasSize(2);
        assertThat(page.nextQuery().map(ListQuery::offset)).as("a full page may have more behind it").contains(2);
    }

    @Test
    void list_sends_the_creation_source_filters() {
        server.reply(Reply.json(200, "{\"chatWidgets\":[],\"totalCount\":0}"));
        ListQuery query = ListQuery.of(LOCATION).withCreationSource(CreationSource.of("a2pCompliance"))
                .withExcludeCreationSource(CreationSource.of("import 2027/β"));

        open().list(query).get();

        assertThat(server.lastRequest().rawQuery()).isEqualTo("locationId=loc123&offset=0&limit=20"
                + "&creationSource=a2pCompliance&excludeCreationSource=import%202027%2F%CE%B2");
    }

    @Test
    void a_daily_429_says_when_the_daily_budget_resets() {
        server.reply(Reply.status(429).header("X-RateLimit-Daily-Remaining", "0")
                .header("X-RateLimit-Daily-Reset", "1796083200000"));

        RateLimited daily = (RateLimited) open().get(LOCATION, ID).getLeft();

        assertThat(daily.scope()).isEqualTo(RateLimited.Scope.DAILY);
        assertThat(daily.dailyResetAt()).contains(java.time.Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(daily.message()).contains("resets at 2026-12-01T00:00:00Z");
    }

    @Test
    void a_gzipped_response_is_decoded() {
        server.reply(Reply.json(200, WIDGET).gzipped());

        assertThat(open().get(LOCATION, ID).get().name()).isEqualTo("Support");
    }

    @Test
    void each_error_status_maps_to_its_error_even_with_a_json_body() {
        server.reply(
                Reply.json(400, "{\"statusCode\":400,\"message\":\"Bad Request\"}"),
                Reply.json(401, "{\"statusCode\":401,\"message\":\"Invalid token: access token is invalid\",\"error\":\"Unauthorized\"}"),
                Reply.json(403, "{\"statusCode\":403,\"message\":\"The token does not have access to this location\",\"error\":\"Forbidden\"}"),
                Reply.json(404, "{\"statusCode\":404,\"message\":\"Chat widget not found\"}"),
                Reply.json(422, "{\"statusCode\":422,\"message\":[\"name must be a string\",\"Bad thing\"],\"error\":\"Unprocessable Entity\",\"traceId\":\"t-9\"}"),
                Reply.json(429, "{\"statusCode\":429,\"message\":\"Too many requests\"}"),
                Reply.json(500, "{\"statusCode\":500,\"message\":\"Internal server error\"}"),
                Reply.json(503, "upstream unavailable"),
                Reply.json(418, "{\"statusCode\":418,\"message\":\"teapot\"}"));
        CloseableGateway gateway = open();

        List<ChatWidgetError> errors = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            errors.add(gateway.get(LOCATION, ID).getLeft());
        }

        assertThat(errors).extracting(e -> e.getClass().getSimpleName()).containsExactly("Invalid", "Unauthorized",
                "Forbidden", "NotFound", "Invalid", "RateLimited", "ServerError", "ServerError", "UnexpectedResponse");
        assertThat(errors).extracting(ChatWidgetError::status).containsExactly(400, 401, 403, 404, 422, 429, 500, 503, 418);
        Invalid invalid = (Invalid) errors.get(4);
        assertThat(invalid.concerns("name")).isTrue();
        assertThat(invalid.violations()).hasSize(2);
        assertThat(invalid.traceId()).contains("t-9");
        assertThat(errors.get(1).message()).isEqualTo("Invalid token: access token is invalid");
        assertThat(errors.get(3).message()).isEqualTo("Chat widget not found");
    }

    @Test
    void errors_are_classified_by_status_when_the_body_is_empty_html_or_truncated() {
        server.reply(
                Reply.status(404),
                Reply.status(403).body("<html><body><h1>403 Forbidden</h1></body></html>").header("Content-Type", "text/html"),
                Reply.json(422, "{\"statusCode\":422,\"message\":[\"name must"),
                Reply.status(502).body("<html>Bad Gateway</html>").header("X-Request-Id", "req-7"),
                Reply.status(401));
        CloseableGateway gateway = open();

        assertThat(gateway.get(LOCATION, ID).getLeft()).isInstanceOf(NotFound.class);
        assertThat(gateway.get(LOCATION, ID).getLeft()).isInstanceOf(Forbidden.class);
        assertThat(gateway.get(LOCATION, ID).getLeft()).isInstanceOf(Invalid.class);
        ChatWidgetError badGateway = gateway.get(LOCATION, ID).getLeft();
        assertThat(badGateway).isInstanceOf(ServerError.class);
        assertThat(badGateway.traceId()).contains("req-7");
        assertThat(badGateway.message()).doesNotContain("<html>");
        assertThat(gateway.get(LOCATION, ID).getLeft()).isInstanceOf(Unauthorized.class);
    }

    @Test
    void a_malformed_content_type_does_not_hide_the_status() {
        server.reply(
                Reply.status(403).body("{}").header("Content-Type", "application/json").header("Content-Type", "text/html"),
                Reply.status(404).body("nope").header("Content-Type", ";;not a media type//"),
                Reply.status(200).body(WIDGET).header("Content-Type", "text/plain; charset=nonsense-charset"));
        CloseableGateway gateway = open();

        assertThat(gateway.get(LOCATION, ID).getLeft()).isInstanceOf(Forbidden.class);
        assertThat(gateway.get(LOCATION, ID).getLeft()).isInstanceOf(NotFound.class);
        assertThat(gateway.get(LOCATION, ID).get().id()).isEqualTo(ID);
    }

    @Test
    void a_success_with_a_malformed_truncated_html_or_empty_body_is_an_unexpected_response() {
        String[] bodies = {"{\"_id\":\"aBcDeFgHiJkLmNoPqRsT\",\"name\":", "<html>hello</html>", "", "null", "[]"};
        for (String body : bodies) {
            server.reply(Reply.status(200).body(body).header("X-Trace-Id", "tr-1"));
        }
        CloseableGateway gateway = open();

        for (String body : bodies) {
            ChatWidgetError error = gateway.get(LOCATION, ID).getLeft();
            assertThat(error).as(body).isInstanceOf(UnexpectedResponse.class);
            assertThat(error.status()).isEqualTo(200);
            assertThat(error.traceId()).contains("tr-1");
        }
    }

    @Test
    void a_429_is_a_burst_limit_with_retry_after_or_the_daily_quota_when_it_is_used_up() {
        server.reply(
                Reply.status(429).header("Retry-After", "7").header("X-RateLimit-Remaining", "0"),
                Reply.status(429).header("X-RateLimit-Interval-Milliseconds", "10000"),
                Reply.status(429).header("X-RateLimit-Daily-Remaining", "0").header("X-RateLimit-Limit-Daily", "200000"),
                Reply.status(429).header("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"));
        CloseableGateway gateway = open();

        RateLimited withRetryAfter = (RateLimited) gateway.get(LOCATION, ID).getLeft();
        RateLimited withInterval = (RateLimited) gateway.get(LOCATION, ID).getLeft();
        RateLimited daily = (RateLimited) gateway.get(LOCATION, ID).getLeft();
        RateLimited pastDate = (RateLimited) gateway.get(LOCATION, ID).getLeft();

        assertThat(withRetryAfter.scope()).isEqualTo(RateLimited.Scope.BURST);
        assertThat(withRetryAfter.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(withInterval.retryAfter()).contains(Duration.ofSeconds(10));
        assertThat(daily.scope()).isEqualTo(RateLimited.Scope.DAILY);
        assertThat(daily.limits().dailyLimit()).hasValue(200_000);
        assertThat(pastDate.retryAfter()).contains(Duration.ZERO);
    }

    @Test
    void rate_limit_headers_are_reported_on_every_response_successful_or_not() {
        server.reply(
                Reply.json(200, WIDGET).header("X-RateLimit-Max", "100").header("X-RateLimit-Remaining", "99")
                        .header("X-RateLimit-Interval-Milliseconds", "10000").header("X-RateLimit-Limit-Daily", "200000")
                        .header("X-RateLimit-Daily-Remaining", "199999"),
                Reply.status(404).header("X-RateLimit-Remaining", "98"));
        CallPipeline gateway = open().pipeline(Clock.systemUTC())
                .rateLimit(new RateLimitStep(RateLimiter.unlimited(), (location, limits) -> reportedLimits.add(limits)))
                .build();

        gateway.execute(new GetWidget(LOCATION, ID));
        gateway.execute(new GetWidget(LOCATION, ID));

        assertThat(reportedLimits).hasSize(2);
        RateLimits first = reportedLimits.get(0);
        assertThat(first.burstMax()).hasValue(100);
        assertThat(first.burstRemaining()).hasValue(99);
        assertThat(first.burstInterval()).contains(Duration.ofSeconds(10));
        assertThat(first.dailyLimit()).hasValue(200_000);
        assertThat(first.dailyRemaining()).hasValue(199_999);
        assertThat(reportedLimits.get(1).burstRemaining()).hasValue(98);
    }

    // ---- failures ---------------------------------------------------------------------------------------

    @Test
    void connection_refused_is_a_transport_failure_that_never_reached_the_server() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        CloseableGateway gateway = open(config().baseUri(URI.create("http://127.0.0.1:" + closedPort)).build());

        ChatWidgetError error = gateway.create(NewWidget.of(LOCATION, ChatType.LIVE_CHAT, "n")).getLeft();

        assertThat(error).isInstanceOf(TransportFailure.class);
        assertThat(((TransportFailure) error).mayHaveReachedServer()).isFalse();
    }

    @Test
    void a_response_slower_than_the_response_timeout_is_a_transport_failure_that_may_have_reached_the_server() {
        server.reply(Reply.json(200, WIDGET).delayed(Duration.ofSeconds(3)));
        CloseableGateway gateway = open(config().connectTimeout(Duration.ofMillis(500))
                .responseTimeout(Duration.ofMillis(300)).build());

        ChatWidgetError error = gateway.get(LOCATION, ID).getLeft();

        assertThat(error).isInstanceOf(TransportFailure.class);
        assertThat(((TransportFailure) error).mayHaveReachedServer()).isTrue();
    }

    @Test
    void a_body_that_stalls_past_the_attempt_s_deadline_is_a_transport_failure() {
        server.reply(Reply.json(200, WIDGET).stallAfterPart(Duration.ofSeconds(5)));
        CallPipeline gateway = open().pipeline(Clock.systemUTC())
                .retry(new RetryStep(RetryPolicy.none().withCallTimeout(Duration.ofMillis(700)), Sleeper.system(),
                        () -> 0L, RetryListener.NONE))
                .build();

        long started = System.nanoTime();
        ChatWidgetError error = gateway.execute(new GetWidget(LOCATION, ID)).getLeft();

        assertThat(error).isInstanceOf(TransportFailure.class);
        assertThat(((TransportFailure) error).mayHaveReachedServer()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void a_connection_cut_mid_body_is_a_transport_failure() {
        server.reply(Reply.json(200, WIDGET).cutAfter(20));

        ChatWidgetError error = open().get(LOCATION, ID).getLeft();

        assertThat(error).isInstanceOf(TransportFailure.class);
        assertThat(((TransportFailure) error).mayHaveReachedServer()).isTrue();
    }

    @Test
    void a_body_over_the_maximum_is_an_unexpected_response_whether_its_length_is_declared_or_not() {
        String big = "{\"chatWidgets\":[],\"padding\":\"" + "x".repeat(10_000) + "\"}";
        server.reply(Reply.json(200, big), Reply.json(200, big).withoutLength(), Reply.json(200, big).gzipped(),
                Reply.json(200, "{\"chatWidgets\":[],\"totalCount\":0}"));
        CloseableGateway gateway = open(config().maxResponseBytes(1024).build());

        for (int i = 0; i < 3; i++) {
            ChatWidgetError error = gateway.list(ListQuery.of(LOCATION)).getLeft();
            assertThat(error).isInstanceOf(UnexpectedResponse.class);
            assertThat(error.status()).isEqualTo(200);
            assertThat(error.message()).contains("1024");
        }
        assertThat(gateway.list(ListQuery.of(LOCATION)).isRight()).isTrue();
    }

    @Test
    void redirects_are_not_followed() {
        server.reply(Reply.status(302).header("Location", server.baseUri() + "/elsewhere"),
                Reply.status(307).header("Location", "http://127.0.0.2:1/steal"));
        CloseableGateway gateway = open();

        ChatWidgetError found = gateway.get(LOCATION, ID).getLeft();
        ChatWidgetError temporary = gateway.patch(LOCATION, ID, WidgetUpdate.none().withName("x")).getLeft();

        assertThat(found).isInstanceOf(UnexpectedResponse.class);
        assertThat(found.status()).isEqualTo(302);
        assertThat(temporary.status()).isEqualTo(307);
        assertThat(server.requests()).hasSize(2).noneMatch(r -> r.rawPath().equals("/elsewhere"));
    }

    // ---- 401 and token refresh ------------------------------------------------------------------------

    @Test
    void a_401_asks_the_provider_to_refresh_and_retries_once_with_the_new_token() {
        RefreshingTokens tokens = new RefreshingTokens(true);
        server.reply(Reply.status(401), Reply.json(200, WIDGET));

        Either<ChatWidgetError, ChatWidget> result = open(config().tokenProvider(tokens).build()).get(LOCATION, ID);

        assertThat(result.isRight()).isTrue();
        assertThat(tokens.rejected).containsExactly("token-1");
        assertThat(tokens.rejectedFor).containsExactly(Optional.of(LOCATION));
        assertThat(server.requests()).extracting(r -> r.header("Authorization").get(0))
                .containsExactly("Bearer token-1", "Bearer token-2");
    }

    @Test
    void a_second_401_is_returned_without_a_third_attempt() {
        RefreshingTokens tokens = new RefreshingTokens(true);
        server.reply(Reply.status(401), Reply.status(401), Reply.json(200, WIDGET));

        ChatWidgetError error = open(config().tokenProvider(tokens).build()).get(LOCATION, ID).getLeft();

        assertThat(error).isInstanceOf(Unauthorized.class);
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void a_401_is_returned_as_is_when_the_provider_cannot_refresh() {
        RefreshingTokens tokens = new RefreshingTokens(false);
        server.reply(Reply.status(401), Reply.json(200, WIDGET));

        ChatWidgetError error = open(config().tokenProvider(tokens).build()).get(LOCATION, ID).getLeft();

        assertThat(error).isInstanceOf(Unauthorized.class);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void a_provider_that_cannot_give_a_token_fails_the_call_before_any_request() {
        TokenProvider none = location -> Either.left(Unauthorized.of("no token for this location"));

        ChatWidgetError error = open(config().tokenProvider(none).build()).get(LOCATION, ID).getLeft();

        assertThat(error).isInstanceOf(Unauthorized.class);
        assertThat(server.requests()).isEmpty();
    }

    // ---- concurrency and lifecycle ----------------------------------------------------------------------

    @Test
    void the_gateway_is_safe_to_share_between_threads() throws Exception {
        server.always(Reply.json(200, WIDGET));
        CloseableGateway gateway = open(config().maxConnections(8, 4).build());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                results.add(pool.submit(() -> gateway.get(LOCATION, ID).isRight()));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get(20, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.requests()).hasSize(80);
    }

    @Test
    void a_closed_gateway_fails_calls_without_sending_them() {
        CloseableGateway gateway = open();
        gateway.close();

        ChatWidgetError error = gateway.get(LOCATION, ID).getLeft();

        assertThat(error).isInstanceOf(TransportFailure.class);
        assertThat(server.requests()).isEmpty();
        gateway.close();
    }

    /** Hands out token-1, then token-2 after a refresh. */
    static final class RefreshingTokens implements TokenProvider {
        final boolean canRefresh;
        final AtomicInteger generation = new AtomicInteger(1);
        final List<String> rejected = new CopyOnWriteArrayList<>();
        final List<Optional<LocationId>> rejectedFor = new CopyOnWriteArrayList<>();

        RefreshingTokens(boolean canRefresh) {
            this.canRefresh = canRefresh;
        }

        @Override
        public Either<ChatWidgetError, AccessToken> token(Optional<LocationId> location) {
            return Either.right(new AccessToken("token-" + generation.get()));
        }

        @Override
        public boolean onUnauthorized(Optional<LocationId> location, AccessToken token) {
            rejected.add(token.reveal());
            rejectedFor.add(location);
            if (canRefresh) {
                generation.incrementAndGet();
            }
            return canRefresh;
        }
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, UTF_8);
    }
}
