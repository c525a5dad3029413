package dev.chatwidget.benchmarks.coldstart;

import dev.chatwidget.adapter.inmemory.InMemoryFake;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.port.in.ChatWidgets;
import io.vavr.control.Either;

/**
 * Cold start: a process that wires the library, makes its first call and exits, so the wall time of the whole
 * process (measured by {@code coldstart.sh}) is JVM start to first call. {@code jvm} does nothing: the floor.
 */
public final class FirstCall {

    private FirstCall() {
    }

    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0] : "inmemory";
        switch (mode) {
            case "jvm" -> {
            }
            case "inmemory" -> firstCall(InMemoryFake.create().chatWidgets());
            default -> {
                System.err.println("unknown mode " + mode + " (jvm | inmemory)");
                System.exit(2);
            }
        }
    }

    private static void firstCall(ChatWidgets widgets) {
        LocationId location = LocationId.of("coldStartLocation");
        Either<ChatWidgetError, ChatWidget> created =
                widgets.create(NewWidget.of(location, ChatType.LIVE_CHAT, "First widget"));
        if (created.isLeft()) {
            System.err.println("first call failed: " + created.getLeft());
            System.exit(1);
        }
    }
}
