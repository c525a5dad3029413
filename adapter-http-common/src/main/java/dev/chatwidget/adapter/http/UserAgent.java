package dev.chatwidget.adapter.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/** {@code chat-widget-java/<version>[ suffix]}; the version comes from a resource Maven filters at build time. */
final class UserAgent {

    static final String PRODUCT = "chat-widget-java";
    static final String VERSION = readVersion();

    private UserAgent() {
    }

    static String of(Optional<String> suffix) {
        return PRODUCT + "/" + VERSION + suffix.filter(s -> !s.isBlank()).map(s -> " " + s).orElse("");
    }

    private static String readVersion() {
        try (InputStream in = UserAgent.class.getResourceAsStream("chat-widget.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version", "");
                if (!version.isBlank() && !version.startsWith("${")) {
                    return version.trim();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String manifest = UserAgent.class.getPackage().getImplementationVersion();
        return manifest == null || manifest.isBlank() ? "dev" : manifest;
    }
}
