package dev.chatwidget.benchmarks.coldstart;

import com.google.inject.Guice;
import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.apache.ApacheHttpChatWidgets;
import dev.chatwidget.adapter.http.jersey.JerseyHttpChatWidgets;
import dev.chatwidget.adapter.inmemory.InMemoryFake;
import dev.chatwidget.adapter.inmemory.InMemoryModule;
import dev.chatwidget.benchmarks.fixture.WidgetFixture;
import dev.chatwidget.core.application.ChatWidgetService;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.port.out.TokenProvider;
import io.vavr.control.Either;
import java.net.URI;
import java.util.function.Function;

/**
 * Cold start: a process that wires the library, makes its first call and exits, so the wall time of the whole
 * process (measured by {@code coldstart.sh}) is JVM start to first call. Modes:
 * <ul>
 *   <li>{@code jvm}: nothing, the floor;</li>
 *   <li>{@code inmemory}: the fake built by hand, one create through the facade;</li>
 *   <li>{@code inmemory-guice}: the same through a Guice injector over {@code InMemoryModule}, as an application
 *       wired with Guice builds it;</li>
 *   <li>{@code apache <baseUri>}, {@code jersey <baseUri>}: the HTTP adapter built by hand, one get against a
 *       running fixed-response server.</li>
 * </ul>
 */
public final class FirstCall {

    private FirstCall() {
    }

    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0] : "inmemory";
        switch (mode) {
            case "jvm" -> {
            }
            case "inmemory" -> create(new ChatWidgetService(InMemoryFake.create().gateway()));
            case "inmemory-guice" ->
                    create(Guice.createInjector(new InMemoryModule()).getInstance(ChatWidgets.class));
            case "apache" -> get(args, ApacheHttpChatWidgets::create);
            case "jersey" -> get(args, JerseyHttpChatWidgets::create);
            default -> fail("unknown mode " + mode + " (jvm | inmemory | inmemory-guice | apache URI | jersey URI)");
        }
    }

    private static void create(ChatWidgets widgets) {
        check(widgets.create(NewWidget.of(LocationId.of("coldStartLocation"), ChatType.LIVE_CHAT, "First widget")));
    }

    private static void get(String[] args, Function<HttpConfig, CloseableGateway> adapter) {
        if (args.length < 2) {
            fail("the HTTP modes need the server's base URI");
        }
        HttpConfig config = HttpConfig.builder(TokenProvider.fixed(WidgetFixture.TOKEN)).baseUri(URI.create(args[1]))
                .build();
        try (CloseableGateway gateway = adapter.apply(config)) {
            check(new ChatWidgetService(gateway).get(LocationId.of(WidgetFixture.LOCATION),
                    WidgetId.of(WidgetFixture.WIDGET_ID)));
        }
    }

    private static void check(Either<?, ?> result) {
        if (result.isLeft()) {
            fail("first call failed: " + result.getLeft());
        }
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(1);
    }
}
