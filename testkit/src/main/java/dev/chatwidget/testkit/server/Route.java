package dev.chatwidget.testkit.server;

import dev.chatwidget.core.call.Operation;
import java.util.List;
import java.util.Optional;

/** The eight routes of the Chat Widget API: method, path template, the scope each needs, its success status. */
enum Route {
    LIST(Operation.LIST, "GET", "/chat-widget/list", Scopes.READONLY, 200),
    GET(Operation.GET, "GET", "/chat-widget/data/{locationId}/{id}", Scopes.READONLY, 200),
    REPLACE(Operation.REPLACE, "PUT", "/chat-widget/data/{locationId}/{id}", Scopes.WRITE, 200),
    PATCH(Operation.PATCH, "PATCH", "/chat-widget/data/{locationId}/{id}", Scopes.WRITE, 200),
    PUBLIC_CONFIG(Operation.PUBLIC_CONFIG, "GET", "/chat-widget/public/config/{id}", null, 200),
    DELETE(Operation.DELETE, "DELETE", "/chat-widget/{locationId}/{id}", Scopes.WRITE, 200),
    CLONE(Operation.CLONE, "POST", "/chat-widget/clone", Scopes.WRITE, 201),
    CREATE(Operation.CREATE, "POST", "/chat-widget/", Scopes.WRITE, 201);

    private final Operation operation;
    private final String method;
    private final String template;
    private final List<String> segments;
    private final String scope;
    private final int successStatus;

    Route(Operation operation, String method, String template, String scope, int successStatus) {
        this.operation = operation;
        this.method = method;
        this.template = template;
        this.segments = List.of(template.substring(1).split("/"));
        this.scope = scope;
        this.successStatus = successStatus;
    }

    Operation operation() {
        return operation;
    }

    String method() {
        return method;
    }

    String template() {
        return template;
    }

    /** Template segments: literals, or {@code {name}} for a parameter. */
    List<String> segments() {
        return segments;
    }

    /** The scope a token needs, empty for the public route. */
    Optional<String> scope() {
        return Optional.ofNullable(scope);
    }

    int successStatus() {
        return successStatus;
    }
}
