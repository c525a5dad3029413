package dev.chatwidget.adapter.http;

import dev.chatwidget.core.call.Operation;

/** The eight API endpoints: method and path template (the template, never the concrete path, is what gets logged). */
public enum Endpoint {
    LIST(Operation.LIST, "GET", "/chat-widget/list"),
    GET(Operation.GET, "GET", "/chat-widget/data/{locationId}/{id}"),
    REPLACE(Operation.REPLACE, "PUT", "/chat-widget/data/{locationId}/{id}"),
    PATCH(Operation.PATCH, "PATCH", "/chat-widget/data/{locationId}/{id}"),
    PUBLIC_CONFIG(Operation.PUBLIC_CONFIG, "GET", "/chat-widget/public/config/{id}"),
    DELETE(Operation.DELETE, "DELETE", "/chat-widget/{locationId}/{id}"),
    CLONE(Operation.CLONE, "POST", "/chat-widget/clone"),
    CREATE(Operation.CREATE, "POST", "/chat-widget/");

    private final Operation operation;
    private final String method;
    private final String pathTemplate;

    Endpoint(Operation operation, String method, String pathTemplate) {
        this.operation = operation;
        this.method = method;
        this.pathTemplate = pathTemplate;
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

    /** Whether requests to this endpoint carry a JSON body. */
    public boolean hasRequestBody() {
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }
}
