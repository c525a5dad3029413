package dev.chatwidget.adapter.http;

import dev.chatwidget.core.call.WidgetRequest;
import dev.chatwidget.core.call.WidgetRequest.CloneWidget;
import dev.chatwidget.core.call.WidgetRequest.CreateWidget;
import dev.chatwidget.core.call.WidgetRequest.DeleteWidget;
import dev.chatwidget.core.call.WidgetRequest.GetPublicConfig;
import dev.chatwidget.core.call.WidgetRequest.GetWidget;
import dev.chatwidget.core.call.WidgetRequest.ListWidgets;
import dev.chatwidget.core.call.WidgetRequest.PatchWidget;
import dev.chatwidget.core.call.WidgetRequest.ReplaceWidget;
import dev.chatwidget.core.domain.ChatTypeFilter;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import java.net.URI;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Builds the URI of every call from a base URI and the {@link Endpoint} table's path templates: each path
 * parameter and query value percent-encoded by {@link PercentEncoding}, never concatenated raw.
 */
public final class Routes {

    private final String base;

    /** {@code baseUri} may carry a path prefix (e.g. behind a proxy); a trailing slash is ignored. */
    public Routes(URI baseUri) {
        String text = Objects.requireNonNull(baseUri, "baseUri").toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** The URI of {@code request}. */
    public URI uri(WidgetRequest<?> request) {
        if (request instanceof ListWidgets list) {
            return list(list.query());
        }
        if (request instanceof GetWidget get) {
            return path(Endpoint.GET, get.locationId().value(), get.id().value());
        }
        if (request instanceof ReplaceWidget replace) {
            return path(Endpoint.REPLACE, replace.locationId().value(), replace.id().value());
        }
        if (request instanceof PatchWidget patch) {
            return path(Endpoint.PATCH, patch.locationId().value(), patch.id().value());
        }
        if (request instanceof GetPublicConfig config) {
            return publicConfig(config.id(), config.version());
        }
        if (request instanceof DeleteWidget delete) {
            return path(Endpoint.DELETE, delete.locationId().value(), delete.id().value());
        }
        if (request instanceof CloneWidget) {
            return path(Endpoint.CLONE);
        }
        Objects.requireNonNull((CreateWidget) request, "request");
        return path(Endpoint.CREATE);
    }

    public URI get(LocationId locationId, WidgetId id) {
        return path(Endpoint.GET, locationId.value(), id.value());
    }

    public URI list(ListQuery query) {
        StringBuilder uri = expand(Endpoint.LIST);
        Query q = new Query(uri)
                .add("locationId", query.locationId().value())
                .add("offset", Integer.toString(query.offset()))
                .add("limit", Integer.toString(query.limit()));
        query.chatType().ifPresent(t -> q.add("chatType", t.wireValue()));
        query.excludeChatType().ifPresent(t -> q.add("excludeChatType", t.wireValue()));
        query.voiceAiAgentId().ifPresent(v -> q.add("voiceAiAgentId", v));
        query.creationSource().ifPresent(v -> q.add("creationSource", v.wireValue()));
        query.excludeCreationSource().ifPresent(v -> q.add("excludeCreationSource", v.wireValue()));
        if (!query.allInOneChatTypes().isEmpty()) {
            q.add("allInOneChatTypes", query.allInOneChatTypes().stream().map(ChatTypeFilter::wireValue)
                    .collect(Collectors.joining(",")));
        }
        return URI.create(uri.toString());
    }

    public URI publicConfig(WidgetId id, OptionalInt version) {
        StringBuilder uri = expand(Endpoint.PUBLIC_CONFIG, id.value());
        if (version.isPresent()) {
            new Query(uri).add("version", Integer.toString(version.getAsInt()));
        }
        return URI.create(uri.toString());
    }

    private URI path(Endpoint endpoint, String... params) {
        return URI.create(expand(endpoint, params).toString());
    }

    /** The base and the endpoint's template, its {@code {name}} segments replaced by {@code params} in order. */
    private StringBuilder expand(Endpoint endpoint, String... params) {
        StringBuilder uri = new StringBuilder(base.length() + 64).append(base);
        int next = 0;
        for (String segment : endpoint.segments()) {
            uri.append('/').append(segment.startsWith("{") ? PercentEncoding.encode(params[next++]) : segment);
        }
        if (endpoint.pathTemplate().endsWith("/")) {
            uri.append('/');
        }
        return uri;
    }

    /** Appends {@code name=value} pairs, both encoded. */
    private static final class Query {
        private final StringBuilder uri;
        private boolean first = true;

        Query(StringBuilder uri) {
            this.uri = uri;
        }

        Query add(String name, String value) {
            uri.append(first ? '?' : '&').append(PercentEncoding.encode(name)).append('=')
                    .append(PercentEncoding.encode(value));
            first = false;
            return this;
        }
    }
}
