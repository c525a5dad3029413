package dev.chatwidget.adapter.http;

import dev.chatwidget.core.domain.ChatTypeFilter;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Builds the URI of every call from a base URI: each path segment and query value percent-encoded by
 * {@link PercentEncoding}, never concatenated raw.
 */
public final class Routes {

    private final String base;

    /** {@code baseUri} may carry a path prefix (e.g. behind a proxy); a trailing slash is ignored. */
    public Routes(URI baseUri) {
        String text = Objects.requireNonNull(baseUri, "baseUri").toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    public Route list(ListQuery query) {
        StringBuilder uri = new StringBuilder(base).append("/chat-widget/list");
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
        return new Route(Endpoint.LIST, URI.create(uri.toString()), Optional.of(query.locationId()));
    }

    public Route get(LocationId locationId, WidgetId id) {
        return data(Endpoint.GET, locationId, id);
    }

    public Route replace(LocationId locationId, WidgetId id) {
        return data(Endpoint.REPLACE, locationId, id);
    }

    public Route patch(LocationId locationId, WidgetId id) {
        return data(Endpoint.PATCH, locationId, id);
    }

    public Route publicConfig(WidgetId id, OptionalInt version) {
        StringBuilder uri = new StringBuilder(base).append("/chat-widget/public/config/")
                .append(PercentEncoding.encode(id.value()));
        version.ifPresent(v -> new Query(uri).add("version", Integer.toString(v)));
        return new Route(Endpoint.PUBLIC_CONFIG, URI.create(uri.toString()), Optional.empty());
    }

    public Route delete(LocationId locationId, WidgetId id) {
        String uri = base + "/chat-widget/" + PercentEncoding.encode(locationId.value()) + "/"
                + PercentEncoding.encode(id.value());
        return new Route(Endpoint.DELETE, URI.create(uri), Optional.of(locationId));
    }

    public Route clone(LocationId locationId) {
        return new Route(Endpoint.CLONE, URI.create(base + "/chat-widget/clone"), Optional.of(locationId));
    }

    public Route create(LocationId locationId) {
        return new Route(Endpoint.CREATE, URI.create(base + "/chat-widget/"), Optional.ofNullable(locationId));
    }

    private Route data(Endpoint endpoint, LocationId locationId, WidgetId id) {
        String uri = base + "/chat-widget/data/" + PercentEncoding.encode(locationId.value()) + "/"
                + PercentEncoding.encode(id.value());
        return new Route(endpoint, URI.create(uri), Optional.of(locationId));
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
