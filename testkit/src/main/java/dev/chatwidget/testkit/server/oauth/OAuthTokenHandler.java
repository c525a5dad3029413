package dev.chatwidget.testkit.server.oauth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.chatwidget.core.domain.json.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Serves {@code POST /oauth/token} (refresh grant, form-encoded) from a {@link FakeOAuth}, answering JSON like
 * HighLevel's token endpoint. Mount it on any JDK {@code HttpServer} at {@code /oauth/token}.
 */
public final class OAuthTokenHandler implements HttpHandler {

    /** Where HighLevel serves its token endpoint. */
    public static final String PATH = "/oauth/token";

    private final FakeOAuth oauth;
    private final List<Map<String, String>> forms = new CopyOnWriteArrayList<>();

    OAuthTokenHandler(FakeOAuth oauth) {
        this.oauth = Objects.requireNonNull(oauth, "oauth");
    }

    /** The form fields of every well-formed request received, in order (secrets included: test use only). */
    public List<Map<String, String>> requests() {
        return List.copyOf(forms);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (!PATH.equals(exchange.getRequestURI().getPath())) {
                send(exchange, TokenReply.error(404, "not_found", "No such endpoint"));
                return;
            }
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                send(exchange, TokenReply.error(405, "method_not_allowed", "Use POST"));
                return;
            }
            String type = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
            if (!type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                send(exchange, TokenReply.error(400, "invalid_request", "Send application/x-www-form-urlencoded"));
                return;
            }
            Optional<Map<String, String>> form = parse(new String(body, StandardCharsets.UTF_8));
            if (form.isEmpty()) {
                send(exchange, TokenReply.error(400, "invalid_request", "Malformed or repeated form fields"));
                return;
            }
            forms.add(form.get());
            send(exchange, oauth.refresh(form.get()));
        }
    }

    private static Optional<Map<String, String>> parse(String body) {
        Map<String, String> form = new HashMap<>();
        if (body.isEmpty()) {
            return Optional.of(Map.of());
        }
        try {
            for (String pair : body.split("&", -1)) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (form.put(key, value) != null) {
                    return Optional.empty();
                }
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(Map.copyOf(form));
    }

    private static void send(HttpExchange exchange, TokenReply reply) throws IOException {
        byte[] bytes = JsonValue.of(reply.body()).toJson().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
