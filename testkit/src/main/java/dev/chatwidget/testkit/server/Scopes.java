package dev.chatwidget.testkit.server;

import dev.chatwidget.adapter.http.Endpoint;
import java.util.Set;

/** The OAuth scopes the Chat Widget API checks, as the fake server knows them. */
public final class Scopes {

    /** Needed by list and get. */
    public static final String READONLY = Endpoint.READ_SCOPE;

    /** Needed by replace, patch, delete, clone and create. */
    public static final String WRITE = Endpoint.WRITE_SCOPE;

    /** Both scopes. */
    public static final Set<String> ALL = Set.of(READONLY, WRITE);

    /** Only the read scope. */
    public static final Set<String> READ_ONLY = Set.of(READONLY);

    /** Only the write scope (the service does not let it imply the read scope). */
    public static final Set<String> WRITE_ONLY = Set.of(WRITE);

    private Scopes() {
    }
}
