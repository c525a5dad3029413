package dev.chatwidget.adapter.http;

import dev.chatwidget.core.call.Operation;
import java.util.List;
import java.util.Optional;

/**
 * The route table: per operation its HTTP method, path template, the scope a token needs and the status of
 * success. URLs ({@link Routes}), log lines (the template, never the concrete path) and the testkit's fake server
 * all read it, so an operation's route is written once.
 */
public enum Endpoint {
    LIST(Operation.LIST, "GET", "/chat-widget/list", Endpoint.READ_SCOPE, 200),
    GET(Operation.GET, "GET", "/chat-widget/data/{locationId}/{id}", Endpoint.READ_SCOPE, 200),
    REPLACE(Operation.REPLACE, "PUT", "/chat-widget/data/{locationId}/{id}", Endpoint.WRITE_SCOPE, 200),
    PATCH(Operation.PATCH, "PATCH", "/chat-widget/data/{locationId}/{id}", Endpoint.WRITE_SCOPE, 200),
    PUBLIC_CONFIG(Operation.PUBLIC_CONFIG, "GET", "/chat-widget/public/config/{id}", null, 200),
    DELETE(Operation.DELETE, "DELETE", "/chat-widget/{locationId}/{id}", Endpoint.WRITE_SCOPE, 200),
    CLONE(Operation.CLONE, "POST", "/chat-widget/clone", Endpoint.WRITE_SCOPE, 201),
    CREATE(Operation.CREATE, "POST", "/chat-widget/", Endpoint.WRITE_SCOPE, 201);

    /** The scope that lets a token read widgets. */
    public static final String READ_SCOPE = "chat-widget.readonly";
    /** The scope that lets a token change widgets. */
    public static final String WRITE_SCOPE = "chat-widget.write";

    private static final Endpoint[] BY_OPERATION = new Endpoint[Operation.values().length];

    static {
        for (Endpoint endpoint : values()) {
            BY_OPERATION[endpoint.operation.ordinal()] = endpoint;
        }
    }

    private final Operation operation;
    private final String method;
    private final String pathTemplate;
    private final List<String> segments;
    private final Optional<String> scope;
    private final int successStatus;

    Endpoint(Operation operation, String method, String pathTemplate, String scope, int successStatus) {
        this.operation = operation;
        this.method = method;
        this.pathTemplate = pathTemplate;
        this.segments = List.of(pathTemplate.substring(1).split("/"));
        this.scope = Optional.ofNullable(scope);
        this.successStatus = successStatus;
    }

    /** The endpoint of {@code operation}. */
    public static Endpoint of(Operation operation) {
        return BY_OPERATION[operation.ordinal()];
    }

    public Operation operation() {
        return operation;
    }

    public String method() {
        return method;
    }

    public String pathTemplate() {
        return pathTemplate;
    }

    /** The template's segments after the leading slash: literals, or {@code {name}} for a parameter. */
    public List<String> segments() {
        return segments;
    }

    /** The scope a token needs; empty for the public config, which needs no token. */
    public Optional<String> scope() {
        return scope;
    }

    /** The status the service answers a successful call with. */
    public int successStatus() {
        return successStatus;
    }
}
