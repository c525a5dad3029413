package dev.chatwidget.testkit.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.Endpoint;
import dev.chatwidget.adapter.http.Header;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportRequest;
import dev.chatwidget.adapter.http.TransportSettings;
import dev.chatwidget.adapter.http.oauth.HttpTokenRefresher;
import dev.chatwidget.adapter.inmemory.SeedWidget;
import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.auth.ClientCredentials;
import dev.chatwidget.core.domain.auth.TokenGrant;
import dev.chatwidget.core.domain.auth.UserType;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.ChatWidgetException;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.testkit.contract.ContractIds;
import dev.chatwidget.testkit.server.FakeHighLevelServer;
import dev.chatwidget.testkit.server.Fault;
import dev.chatwidget.testkit.server.RequestMatcher;
import dev.chatwidget.testkit.server.Scopes;
import dev.chatwidget.testkit.server.TokenAccess;
import dev.chatwidget.testkit.server.oauth.FakeOAuth;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/**
 * No token ever shows: not in any log line at any level (SLF4J at TRACE, java.util.logging at ALL, which Jersey
 * and the JDK client use), nor in error values, exceptions or the {@code toString()} of config, requests and
 * attempt events; across every operation, its errors and retries, a token refresh after a 401, and a server that
 * echoes the token back. Also: one DEBUG line per attempt, without bodies.
 *
 * <p>SLF4J's simple binding reads its settings once, when the first logger is made, so this must run in a JVM of
 * its own started with {@code org.slf4j.simpleLogger.defaultLogLevel=trace} and {@code
 * org.slf4j.simpleLogger.logFile} naming the file it reads the lines back from: the adapters give it a surefire
 * execution of its own. An HTTP adapter's test extends this and supplies {@link #gateway(HttpConfig)}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(60)
public abstract class HttpTokenSecrecy {

    static final String LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";
    static final String OLD_TOKEN = "tok-Expired-0c9d8e7f6a5b4c3d2e1f";
    static final Pattern ATTEMPT_LINE = Pattern.compile("DEBUG dev\\.chatwidget\\.adapter\\.http\\.HttpCallHandler"
            + " - (GET|PUT|PATCH|POST|DELETE) (/chat-widget/\\S*) -> (.+) in (\\d+) ms \\((attempt (\\d+))\\)");

    static final String FILE_PROPERTY = "org.slf4j.simpleLogger.logFile";
    static final ClientCredentials APP = ClientCredentials.of("app-1", "client-Secret-5e4d3c2b1a09f8e7");

    static {
        // Run alone (in an IDE), this class may be the first to touch SLF4J; under Maven the execution sets both.
        if (System.getProperty(LEVEL_PROPERTY) == null) {
            System.setProperty(LEVEL_PROPERTY, "trace");
        }
        if (System.getProperty(FILE_PROPERTY) == null) {
            try {
                System.setProperty(FILE_PROPERTY, Files.createTempFile("token-secrecy", ".log").toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final AttemptLog attempts = new AttemptLog();
    private final List<String> shown = new ArrayList<>();
    private final List<String> attemptLabels = new ArrayList<>();
    private final List<String> oauthSecrets = new ArrayList<>(List.of(APP.clientSecret()));
    private LogCapture logs;
    private FakeHighLevelServer server;

    /** The adapter under test, over {@code config}. */
    protected abstract CloseableGateway gateway(HttpConfig config);

    /** The adapter's transport, which carries the OAuth refreshes (the client secret and refresh tokens) too. */
    protected abstract Transport transport(TransportSettings settings);

    @BeforeAll
    void runEveryOperationWithItsErrorsAndRetriesWhileCapturingLogs() {
        // SLF4J opens (and empties) its file when the first logger is made: make sure that happened before.
        LoggerFactory.getLogger(HttpTokenSecrecy.class).trace("capturing every log line from here");
        logs = LogCapture.start(Path.of(System.getProperty(FILE_PROPERTY)));
        server = Stacks.server();
        try (CloseableGateway adapter = gateway(Stacks.config(server.baseUri()).build())) {
            ChatWidgets gateway = Stacks.resilient(adapter, Stacks.policy(), Stacks.limiter(), attempts);
            for (Operation op : Operation.values()) {
                for (Optional<Fault> fault : SecrecyFaults.forOperation(op)) {
                    call(gateway, op, fault);
                }
            }
            shown.add(adapter.toString());
        }
        refreshAfter401();
        oauthRefreshesThroughTheTransport();
        shown.add(Stacks.config(server.baseUri()).build().toString());
        shown.add(new TransportRequest("GET", URI.create("https://example.com/x"),
                List.of(new Header("Authorization", "Bearer " + Stacks.TOKEN)), Optional.empty(),
                Duration.ofSeconds(1), Duration.ofSeconds(1)).toString());
        server.requests().forEach(request -> shown.add(request.toString()));
        attempts.events().forEach(event -> shown.add(event.toString()));
        server.close();
        logs.close();
    }

    @AfterAll
    void stop() {
        if (logs != null) {
            logs.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void slf4j_ran_at_trace_so_every_level_was_captured() {
        assertThat(LoggerFactory.getLogger("dev.chatwidget.adapter.http").isTraceEnabled())
                .as("start this test's JVM with -D%s=trace", LEVEL_PROPERTY).isTrue();
        assertThat(logs.slf4jLines()).anyMatch(line -> ATTEMPT_LINE.matcher(line).find());
    }

    @Test
    void the_tokens_appear_in_no_log_line_at_any_level() {
        Stream.concat(logs.slf4jLines().stream(), logs.julRecords().stream()).forEach(line -> {
            assertThat(line).doesNotContain(Stacks.TOKEN).doesNotContain(OLD_TOKEN);
        });
    }

    @Test
    void the_oauth_client_secret_and_tokens_appear_in_no_log_line_at_any_level_nor_in_any_error() {
        assertThat(oauthSecrets).hasSize(5).doesNotContainNull();
        Stream.of(logs.slf4jLines(), logs.julRecords(), shown).flatMap(List::stream).forEach(line ->
                assertThat(line).doesNotContain(oauthSecrets));
    }

    @Test
    void the_tokens_appear_in_no_error_value_exception_event_or_to_string() {
        assertThat(shown).hasSizeGreaterThan(100).allSatisfy(text ->
                assertThat(text).doesNotContain(Stacks.TOKEN).doesNotContain(OLD_TOKEN));
    }

    @Test
    void each_attempt_logs_one_debug_line_with_method_path_template_outcome_duration_and_attempt() {
        List<String> labels = new ArrayList<>();
        for (String line : logs.slf4jLines()) {
            Matcher m = ATTEMPT_LINE.matcher(line);
            if (m.find()) {
                labels.add(m.group(5));
                assertThat(Stream.of(Endpoint.values()).map(e -> e.method() + " " + e.pathTemplate()))
                        .as("the method and path template, never a concrete path").contains(m.group(1) + " " + m.group(2));
            }
        }
        assertThat(labels).as("attempt labels in log order").isEqualTo(attemptLabels);
    }

    @Test
    void bodies_are_not_logged() {
        Stream.concat(logs.slf4jLines().stream(), logs.julRecords().stream()).forEach(line -> assertThat(line)
                .doesNotContain(GatewayCalls.CREATED_NAME).doesNotContain("\"chatType\"").doesNotContain("padding"));
    }

    private void call(ChatWidgets gateway, Operation op, Optional<Fault> fault) {
        LocationId location = ContractIds.randomLocation();
        WidgetId id = server.seed(SeedWidget.of(location, ChatType.LIVE_CHAT, "Seeded")).id();
        server.faults().clear();
        fault.ifPresent(f -> server.faults().next(RequestMatcher.operation(op), f));
        int before = attempts.events().size();
        Either<ChatWidgetError, ?> result = GatewayCalls.call(gateway, op, location, id);
        attempts.events().subList(before, attempts.events().size())
                .forEach(event -> attemptLabels.add("attempt " + event.attempt()));
        shown.add(result.toString());
        if (result.isLeft()) {
            ChatWidgetException thrown = new ChatWidgetException(result.getLeft());
            shown.add(result.getLeft().message());
            shown.add(thrown.toString());
        }
    }

    /** A granted refresh, then the spent refresh token refused, through the adapter's transport. */
    private void oauthRefreshesThroughTheTransport() {
        FakeOAuth oauth = new FakeOAuth(Clock.systemUTC()).registerClient(APP);
        try (FakeHighLevelServer endpoint = FakeHighLevelServer.builder().oauth(oauth).start();
             Transport transport = transport(TransportSettings.defaults())) {
            TokenGrant installed = oauth.install(APP.clientId(), ContractIds.randomLocation());
            HttpTokenRefresher refresher = new HttpTokenRefresher(endpoint.baseUri(), transport);
            Either<ChatWidgetError, TokenGrant> granted = refresher.refresh(APP, installed.refreshToken(),
                    UserType.LOCATION);
            Either<ChatWidgetError, TokenGrant> spent = refresher.refresh(APP, installed.refreshToken(),
                    UserType.LOCATION);
            assertThat(granted.isRight()).as("granted: %s", granted).isTrue();
            assertThat(spent.isLeft()).isTrue();
            oauthSecrets.addAll(List.of(installed.accessToken().reveal(), installed.refreshToken().reveal(),
                    granted.get().accessToken().reveal(), granted.get().refreshToken().reveal()));
            shown.addAll(List.of(granted.toString(), spent.toString(), spent.getLeft().message(),
                    refresher.toString()));
        }
    }

    /** A 401 for the expired token, a refresh, the re-send with the new one: the re-send is attempt 2. */
    private void refreshAfter401() {
        RefreshingTokens tokens = new RefreshingTokens(OLD_TOKEN, Stacks.TOKEN);
        server.grant(Stacks.TOKEN, TokenAccess.anyLocation(Scopes.ALL));
        try (CloseableGateway adapter = gateway(Stacks.config(server.baseUri()).tokenProvider(tokens).build())) {
            LocationId location = ContractIds.randomLocation();
            WidgetId id = server.seed(SeedWidget.of(location, ChatType.LIVE_CHAT, "Seeded")).id();
            Either<ChatWidgetError, ?> result = adapter.get(location, id);
            assertThat(result.isRight()).as("refreshed call: %s", result).isTrue();
            attemptLabels.add("attempt 1");
            attemptLabels.add("attempt 2");
        }
    }
}
