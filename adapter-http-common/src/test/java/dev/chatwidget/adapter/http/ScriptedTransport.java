package dev.chatwidget.adapter.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** A transport without sockets: each exchange answers by a script, failures classified as a real transport would. */
final class ScriptedTransport implements Transport {

    /** One exchange's answer; an {@link IOException} is what the stack threw. */
    @FunctionalInterface
    interface Script {
        TransportResponse answer(TransportRequest request, CountDownLatch aborted) throws IOException;
    }

    final List<TransportRequest> sent = new CopyOnWriteArrayList<>();
    final AtomicInteger aborts = new AtomicInteger();
    final AtomicInteger closes = new AtomicInteger();
    private final Script script;

    ScriptedTransport(Script script) {
        this.script = script;
    }

    static ScriptedTransport failing(IOException failure) {
        return new ScriptedTransport((request, aborted) -> {
            if (failure instanceof ResponseTooLargeException tooLarge) {
                // The cap is found while reading the body.
                return new TransportResponse(tooLarge.status(), tooLarge.headers(), new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw tooLarge;
                    }
                }, -1, null);
            }
            throw failure;
        });
    }

    static ScriptedTransport answering(int status, ResponseHeaders headers, byte[] body) {
        return new ScriptedTransport((request, aborted) -> response(status, headers, body));
    }

    static TransportResponse response(int status, ResponseHeaders headers, byte[] body) {
        return new TransportResponse(status, headers, new ByteArrayInputStream(body), body.length, null);
    }

    @Override
    public Exchange prepare(TransportRequest request) {
        CountDownLatch aborted = new CountDownLatch(1);
        return new Exchange() {
            @Override
            public TransportResponse execute() throws TransportException {
                sent.add(request);
                try {
                    return script.answer(request, aborted);
                } catch (IOException | RuntimeException e) {
                    throw TransportFailures.classify(e);
                }
            }

            @Override
            public void abort() {
                aborts.incrementAndGet();
                aborted.countDown();
            }
        };
    }

    @Override
    public void close() {
        closes.incrementAndGet();
    }
}
