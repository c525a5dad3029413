package dev.chatwidget.core.inject.environment;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The adapters this project publishes, and what to tell a user whose choice is not on the classpath. */
final class AdapterNames {

    /** Each published adapter's name and the artifact that brings it onto the classpath. */
    static final Map<String, String> PUBLISHED = Map.of(
            "apache", "dev.chatwidget:chat-widget-adapter-http-apache",
            "jersey", "dev.chatwidget:chat-widget-adapter-http-jersey",
            "inmemory", "dev.chatwidget:chat-widget-adapter-inmemory");

    private AdapterNames() {
    }

    /** The message for a name no provider on the classpath answers to. */
    static String notFound(String name, String origin, Set<String> found) {
        String setting = setting(origin);
        if (PUBLISHED.containsKey(name)) {
            String available = found.isEmpty() ? "none" : String.join(", ", new TreeSet<>(found));
            return "The " + name + " adapter (from " + origin + ") is not on the classpath: add the dependency "
                    + PUBLISHED.get(name) + ", or set " + setting + " to an adapter that is (available: "
                    + available + ")";
        }
        return "Unknown chat-widget adapter '" + name + "' (from " + origin + "): set " + setting + " to one of "
                + String.join(", ", all(found));
    }

    /** What the user should set, given where the bad name came from. */
    private static String setting(String origin) {
        if (origin.startsWith("system property")) {
            return "-D" + ChatWidgetsEnvironment.ADAPTER_PROPERTY;
        }
        if (origin.equals("code")) {
            return "adapter(...)";
        }
        if (origin.equals("the default")) {
            return ChatWidgetsEnvironment.ADAPTER_VARIABLE;
        }
        return origin;
    }

    /** Published and discovered names together, sorted. */
    static List<String> all(Set<String> found) {
        TreeSet<String> names = new TreeSet<>(PUBLISHED.keySet());
        names.addAll(found);
        return List.copyOf(names);
    }
}
