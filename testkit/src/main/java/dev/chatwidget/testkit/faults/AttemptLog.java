package dev.chatwidget.testkit.faults;

import dev.chatwidget.core.application.resilience.AttemptEvent;
import dev.chatwidget.core.application.resilience.RetryListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link RetryListener} that keeps every attempt it is told about, for assertions. Thread-safe. */
public final class AttemptLog implements RetryListener {

    private final List<AttemptEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void onAttempt(AttemptEvent event) {
        events.add(event);
    }

    public List<AttemptEvent> events() {
        return List.copyOf(events);
    }

    public void clear() {
        events.clear();
    }
}
