package dev.chatwidget.adapter.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.port.out.TokenProvider;
import io.vavr.control.Either;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One DEBUG line per attempt, naming the path template and never the token, the concrete path or a body. */
class CallLoggingTest {

    @Test
    void each_attempt_logs_one_line_without_secrets() {
        AtomicInteger generation = new AtomicInteger(1);
        TokenProvider tokens = new TokenProvider() {
            @Override
            public Either<ChatWidgetError, AccessToken> token(Optional<LocationId> location) {
                return Either.right(new AccessToken("sekret-" + generation.get()));
            }

            @Override
            public boolean onUnauthorized(Optional<LocationId> location, AccessToken rejected) {
                generation.incrementAndGet();
                return true;
            }
        };
        AtomicInteger calls = new AtomicInteger();
        Transport transport = new ScriptedTransport((request, aborted) -> calls.incrementAndGet() == 1
                ? ScriptedTransport.response(401, ResponseHeaders.NONE, "{\"message\":\"body-text\"}".getBytes(UTF_8))
                : ScriptedTransport.response(500, ResponseHeaders.NONE, "body-text".getBytes(UTF_8)));
        HttpChatWidgetGateway gateway = new HttpChatWidgetGateway(
                HttpConfig.builder(tokens).baseUri("http://localhost:1").build(), transport);

        String logged = captureStandardError(() -> gateway.patch(LocationId.of("loc-9"), WidgetId.of("w-9"),
                WidgetUpdate.none().withName("body-name")));

        List<String> lines = Arrays.stream(logged.split("\\R")).filter(l -> l.contains("/chat-widget/")).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("DEBUG", "PATCH /chat-widget/data/{locationId}/{id} -> 401 in ", "(attempt 1)");
        assertThat(lines.get(1)).contains("PATCH /chat-widget/data/{locationId}/{id} -> 500 in ",
                "(attempt 2)");
        assertThat(logged).doesNotContain("sekret", "loc-9", "w-9", "body-text", "body-name");
    }

    private static String captureStandardError(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(UTF_8);
    }
}
