package dev.chatwidget.testkit.server;

import dev.chatwidget.core.call.Operation;
import java.util.ArrayList;
import java.util.List;

/** Every request the server received since the last clear, in arrival order. Thread-safe. */
final class RequestLog {

    private final List<RecordedRequest> requests = new ArrayList<>();

    synchronized void add(RecordedRequest request) {
        requests.add(request);
    }

    synchronized List<RecordedRequest> all() {
        return List.copyOf(requests);
    }

    synchronized int count(Operation operation) {
        int n = 0;
        for (RecordedRequest r : requests) {
            if (r.is(operation)) {
                n++;
            }
        }
        return n;
    }

    synchronized void clear() {
        requests.clear();
    }
}
