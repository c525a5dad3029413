package dev.chatwidget.spring.boot;

import com.google.inject.Module;
import dev.chatwidget.adapter.http.HttpConfig;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The adapters the starter can compose, each found by its Guice module's class on the classpath (so only the chosen
 * one needs to be there). HTTP adapters take an {@code HttpConfig}; the in-memory fake takes nothing.
 */
public enum ChatWidgetAdapter {

    APACHE("dev.chatwidget.adapter.http.apache.ApacheHttpModule", "chat-widget-adapter-http-apache"),
    JERSEY("dev.chatwidget.adapter.http.jersey.JerseyModule", "chat-widget-adapter-http-jersey"),
    JDK("dev.chatwidget.adapter.http.jdk.JdkHttpModule", "chat-widget-adapter-http-jdk"),
    INMEMORY("dev.chatwidget.adapter.inmemory.InMemoryModule", "chat-widget-adapter-inmemory");

    private final String moduleClass;
    private final String artifactId;

    ChatWidgetAdapter(String moduleClass, String artifactId) {
        this.moduleClass = moduleClass;
        this.artifactId = artifactId;
    }

    /** The name the {@code adapter} property takes. */
    public String propertyValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether it calls the service over HTTP (and so needs a base URL and a token). */
    public boolean http() {
        return this != INMEMORY;
    }

    /** The dependency that brings it onto the classpath. */
    String artifactId() {
        return artifactId;
    }

    boolean presentIn(ClassLoader loader) {
        try {
            Class.forName(moduleClass, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The adapter's Guice module: {@code new XModule(config)} for HTTP, {@code new InMemoryModule()} otherwise. */
    Module module(ClassLoader loader, Optional<HttpConfig> httpConfig) {
        try {
            Class<?> type = Class.forName(moduleClass, true, loader);
            if (httpConfig.isPresent()) {
                return (Module) type.getConstructor(HttpConfig.class).newInstance(httpConfig.get());
            }
            return (Module) type.getConstructor().newInstance();
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build the " + propertyValue() + " adapter's module", e);
        }
    }

    /** Every HTTP adapter on the classpath, in order of preference. */
    static List<ChatWidgetAdapter> httpPresentIn(ClassLoader loader) {
        return Arrays.stream(values()).filter(a -> a.http() && a.presentIn(loader)).toList();
    }

    /** The adapter the property names, if it names one. */
    static Optional<ChatWidgetAdapter> named(String value) {
        return Arrays.stream(values())
                .filter(a -> a.propertyValue().equals(value.trim().toLowerCase(Locale.ROOT))).findFirst();
    }
}
