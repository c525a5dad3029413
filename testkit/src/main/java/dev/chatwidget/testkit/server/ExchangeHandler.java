package dev.chatwidget.testkit.server;

import dev.chatwidget.adapter.http.Endpoint;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The server's one handler: reads the request, resolves its route, records it, takes its scripted fault (if any)
 * and plays it over normal handling. Nothing a client sends can make it answer 500; only a bug in the server or
 * in a plugged-in validator or handler can.
 */
final class ExchangeHandler implements HttpHandler {

    /** Bodies larger than this are refused with 413 (widget settings are a few kilobytes). */
    static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    private final Router router = new Router();
    private final Map<String, HttpHandler> mounts;
    private final WidgetApi api;
    private final ErrorReplies errors;
    private final RequestLog log;
    private final FaultScript faults;
    private final Clock clock;

    ExchangeHandler(Map<String, HttpHandler> mounts, WidgetApi api, ErrorReplies errors, RequestLog log,
                    FaultScript faults, Clock clock) {
        this.mounts = Map.copyOf(mounts);
        this.api = api;
        this.errors = errors;
        this.log = log;
        this.faults = faults;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            handleOrThrow(exchange);
        } catch (IOException e) {
            // the client went away: nothing left to answer
            ResponseWriter.abort(exchange);
        } catch (RuntimeException e) {
            // a bug here or in a plugged-in validator: say so with a 500 if a response can still be sent
            try {
                ResponseWriter.write(exchange, errors.internal("fake server failure: " + e.getClass().getName()));
            } catch (IOException | RuntimeException again) {
                ResponseWriter.abort(exchange);
            }
        }
    }

    private void handleOrThrow(HttpExchange exchange) throws IOException {
        byte[] body = readBody(exchange.getRequestBody());
        boolean tooLarge = body.length > MAX_BODY_BYTES;
        String method = exchange.getRequestMethod();
        URI uri = exchange.getRequestURI();
        String rawPath = uri.getRawPath() == null ? "" : uri.getRawPath();
        Optional<String> mount = mountOf(rawPath);
        Router.Resolution resolution = mount.isPresent() ? null : router.resolve(method, rawPath);
        Optional<Endpoint> route = resolution instanceof Router.Matched m ? Optional.of(m.route()) : Optional.empty();
        RecordedRequest request = new RecordedRequest(method, rawPath, uri.getRawQuery(),
                exchange.getRequestHeaders(), new String(body, 0, Math.min(body.length, MAX_BODY_BYTES),
                StandardCharsets.UTF_8), route.map(Endpoint::operation), mount.or(() -> route.map(Endpoint::pathTemplate)),
                clock.instant());
        log.add(request);
        Fault fault = faults.take(request).orElse(Fault.passThrough());
        Supplier<Reply> normal = () -> {
            if (tooLarge) {
                return api.anonymous(errors.payloadTooLarge("Payload Too Large: at most " + MAX_BODY_BYTES + " bytes"));
            }
            return mount.isPresent()
                    ? mounted(mounts.get(mount.get()), exchange, body)
                    : routed(resolution, request, body);
        };
        FaultPlayer.play(fault, exchange, normal);
    }

    private Reply routed(Router.Resolution resolution, RecordedRequest request, byte[] body) {
        if (resolution instanceof Router.Matched matched) {
            return api.handle(matched, request, body);
        }
        if (resolution instanceof Router.MethodNotAllowed notAllowed) {
            return api.anonymous(errors.methodNotAllowed(notAllowed.allowed()));
        }
        if (resolution instanceof Router.Undecodable undecodable) {
            return api.anonymous(errors.badRequest("Bad Request: " + undecodable.message()));
        }
        return api.anonymous(errors.notFound(((Router.NotFound) resolution).message()));
    }

    private Reply mounted(HttpHandler handler, HttpExchange exchange, byte[] body) {
        CapturedExchange captured = new CapturedExchange(exchange, body);
        try {
            handler.handle(captured);
        } catch (IOException | RuntimeException e) {
            return errors.internal("the mounted handler failed: " + e.getClass().getSimpleName());
        }
        return captured.reply().orElseGet(() -> errors.internal("the mounted handler sent no response"));
    }

    private Optional<String> mountOf(String rawPath) {
        for (String path : mounts.keySet()) {
            if (rawPath.equals(path) || rawPath.startsWith(path.endsWith("/") ? path : path + "/")) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    /** Reads at most one byte more than the limit, so an oversized body is detected without being stored. */
    private static byte[] readBody(InputStream in) throws IOException {
        try (in) {
            return in.readNBytes(MAX_BODY_BYTES + 1);
        }
    }
}
