package dev.chatwidget.testkit.server;

import dev.chatwidget.adapter.http.Endpoint;
import dev.chatwidget.core.domain.PathSegment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Resolves a method and raw path to a route. Literal segments are compared before any decoding, so an encoded
 * segment can never turn into a literal; parameters are decoded one segment at a time, and a decoded parameter
 * that could not be an id (it holds {@code /}, {@code ?}, {@code %}, whitespace, a dot segment...) is a 404,
 * never another route.
 */
final class Router {

    /** What a request resolved to. */
    sealed interface Resolution permits Matched, NotFound, MethodNotAllowed, Undecodable {
    }

    /** A route and its decoded parameters. */
    record Matched(Endpoint route, Map<String, String> params) implements Resolution {
        String param(String name) {
            return params.get(name);
        }
    }

    /** No route has this path (or a parameter cannot be an id). */
    record NotFound(String message) implements Resolution {
    }

    /** The path exists, but not for this method. */
    record MethodNotAllowed(List<String> allowed) implements Resolution {
    }

    /** A parameter is not valid percent-encoded UTF-8. */
    record Undecodable(String message) implements Resolution {
    }

    Resolution resolve(String method, String rawPath) {
        String path = rawPath.length() > 1 && rawPath.endsWith("/") ? rawPath.substring(0, rawPath.length() - 1) : rawPath;
        if (!path.startsWith("/")) {
            return new NotFound("Cannot " + method + " " + rawPath);
        }
        String[] segments = path.substring(1).split("/", -1);
        List<Endpoint> candidates = new ArrayList<>();
        for (Endpoint route : Endpoint.values()) {
            if (shapeMatches(route.segments(), segments)) {
                candidates.add(route);
            }
        }
        Optional<Endpoint> chosen = candidates.stream().filter(r -> r.method().equals(method)).findFirst();
        if (chosen.isEmpty()) {
            if (candidates.isEmpty()) {
                return new NotFound("Cannot " + method + " " + rawPath);
            }
            TreeSet<String> allowed = new TreeSet<>();
            candidates.forEach(r -> allowed.add(r.method()));
            return new MethodNotAllowed(List.copyOf(allowed));
        }
        return decodeParams(chosen.get(), segments);
    }

    private static boolean shapeMatches(List<String> template, String[] segments) {
        if (template.size() != segments.length) {
            return false;
        }
        for (int i = 0; i < segments.length; i++) {
            String t = template.get(i);
            boolean param = t.startsWith("{");
            if (param ? segments[i].isEmpty() : !t.equals(segments[i])) {
                return false;
            }
        }
        return true;
    }

    private static Resolution decodeParams(Endpoint route, String[] segments) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < segments.length; i++) {
            String t = route.segments().get(i);
            if (!t.startsWith("{")) {
                continue;
            }
            String name = t.substring(1, t.length() - 1);
            Optional<String> decoded = PercentDecoding.segment(segments[i]);
            if (decoded.isEmpty()) {
                return new Undecodable(name + " is not valid percent-encoded UTF-8");
            }
            if (PathSegment.problem(decoded.get()).isPresent()) {
                return new NotFound(name + " does not name an existing resource");
            }
            params.put(name, decoded.get());
        }
        return new Matched(route, Map.copyOf(params));
    }
}
