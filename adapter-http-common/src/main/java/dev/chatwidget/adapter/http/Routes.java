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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Builds the URI of every call from a base URI and the {@link Endpoint} table's path templates: each path
 * parameter and query value percent-encoded by {@link PercentEncoding}, never concatenated raw.
 */
public final class Routes {

    private final String base;
    /** Per endpoint, the URI's literal text between its parameters, the base included: built once. */
    private final EnumMap<Endpoint, String[]> pieces = new EnumMap<>(Endpoint.class);
    /** The URIs of the endpoints without parameters (create, clone): the same every call. */
    private final EnumMap<Endpoint, URI> fixed = new EnumMap<>(Endpoint.class);

    /** {@code baseUri} may carry a path prefix (e.g. behind a proxy); a trailing slash is ignored. */
    public Routes(URI baseUri) {
        String text = Objects.requireNonNull(baseUri, "baseUri").toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        for (Endpoint endpoint : Endpoint.values()) {
            List<String> literal = new ArrayList<>();
            StringBuilder piece = new StringBuilder(base);
            for (String segment : endpoint.segments()) {
                piece.append('/');
                if (segment.startsWith("{")) {
                    literal.add(piece.toString());
                    piece.setLength(0);
                } else {
                    piece.append(segment);
                }
            }
            if (endpoint.pathTemplate().endsWith("/")) {
                piece.append('/');
            }
            literal.add(piece.toString());
            pieces.put(endpoint, literal.toArray(String[]::new));
            if (literal.size() == 1) {
                fixed.put(endpoint, URI.create(literal.get(0)));
            }
        }
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

    private URI path(Endpoint endpoint) {
        return fixed.get(endpoint);
    }

    /** One string of the exact length (no builder to copy from), as a hand-written client would concatenate. */
    private URI path(Endpoint endpoint, String first, String second) {
        String[] p = pieces.get(endpoint);
        return URI.create(p[0] + PercentEncoding.encode(first) + p[1] + PercentEncoding.encode(second) + p[2]);
    }

    /** The base and the endpoint's template, its {@code {name}} segments replaced by {@code params} in order. */
    private StringBuilder expand(Endpoint endpoint, String... params) {
        String[] p = pieces.get(endpoint);
        StringBuilder uri = new StringBuilder(base.length() + 96).append(p[0]);
        for (int i = 0; i < params.length; i++) {
            uri.append(PercentEncoding.encode(params[i])).append(p[i + 1]);
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
