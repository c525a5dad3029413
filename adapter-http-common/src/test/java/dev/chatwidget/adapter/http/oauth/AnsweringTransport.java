package dev.chatwidget.adapter.http.oauth;

import dev.chatwidget.adapter.http.Exchange;
import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportException;
import dev.chatwidget.adapter.http.TransportFailures;
import dev.chatwidget.adapter.http.TransportRequest;
import dev.chatwidget.adapter.http.TransportResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/** A transport whose exchanges answer (or fail) by a function of the request, recording each request. */
final class AnsweringTransport implements Transport {

    /** The response to a request, or what the stack threw. */
    interface Answer {
        TransportResponse apply(TransportRequest request) throws IOException;
    }

    final List<TransportRequest> sent = new CopyOnWriteArrayList<>();
    final CountDownLatch aborted = new CountDownLatch(1);
    private final Answer answer;

    AnsweringTransport(Answer answer) {
        this.answer = answer;
    }

    @Override
    public Exchange prepare(TransportRequest request) {
        sent.add(request);
        return new Exchange() {
            @Override
            public TransportResponse execute() throws TransportException {
                try {
                    return answer.apply(request);
                } catch (TransportException e) {
                    throw e;
                } catch (IOException e) {
                    throw TransportFailures.classify(e);
                }
            }

            @Override
            public void abort() {
                aborted.countDown();
            }
        };
    }

    @Override
    public void close() {
        // Nothing is held open.
    }
}
