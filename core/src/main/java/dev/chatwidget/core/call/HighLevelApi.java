package dev.chatwidget.core.call;

/**
 * Where HighLevel's API is served, written once. It lives in the core, the one module every other depends on:
 * the environment's default ({@code ChatWidgetsEnvironment}) needs it there, and annotations (Spring's defaults,
 * the CLI's help) need it as a compile-time constant.
 */
public final class HighLevelApi {

    /** The API's host. */
    public static final String HOST = "services.leadconnectorhq.com";

    /** The API's base URL; it serves the OAuth token endpoint too. */
    public static final String BASE_URL = "https://" + HOST;

    private HighLevelApi() {
    }
}
