package dev.chatwidget.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.InterruptedIOException;
import java.net.Authenticator;
import java.net.ConnectException;
import java.net.CookieHandler;
import java.net.InetAddress;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InterruptibleSendTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void a_send_not_aborted_leaves_the_thread_as_it_found_it() {
        InterruptibleSend send = new InterruptibleSend();

        assertThat(send.begin()).isTrue();
        assertThat(send.end()).isFalse();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThat(send.aborted()).isFalse();
    }

    @Test
    void an_abort_before_the_send_refuses_it_without_interrupting_anyone() {
        InterruptibleSend send = new InterruptibleSend();
        send.abort();

        assertThat(send.aborted()).isTrue();
        assertThat(send.begin()).isFalse();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void an_abort_during_the_send_interrupts_the_sender_and_end_clears_it() throws Exception {
        InterruptibleSend send = new InterruptibleSend();
        CountDownLatch sending = new CountDownLatch(1);
        AtomicBoolean interruptedInSend = new AtomicBoolean();
        AtomicReference<Boolean> endSaw = new AtomicReference<>();
        AtomicBoolean interruptedAfter = new AtomicBoolean(true);
        Thread sender = new Thread(() -> {
            send.begin();
            sending.countDown();
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                interruptedInSend.set(true);
                // The JDK client's send may also leave the flag set: end() must clear it either way.
                Thread.currentThread().interrupt();
            }
            endSaw.set(send.end());
            interruptedAfter.set(Thread.currentThread().isInterrupted());
        });
        sender.start();
        assertThat(sending.await(5, TimeUnit.SECONDS)).isTrue();

        send.abort();
        sender.join(5_000);

        assertThat(interruptedInSend).isTrue();
        assertThat(endSaw.get()).isTrue();
        assertThat(interruptedAfter).isFalse();
    }

    @Test
    void a_second_abort_does_not_interrupt_the_sender_again() throws Exception {
        InterruptibleSend send = new InterruptibleSend();
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch abortedTwice = new CountDownLatch(1);
        AtomicBoolean interruptedAgain = new AtomicBoolean(true);
        Thread sender = new Thread(() -> {
            send.begin();
            sending.countDown();
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                // The first abort's interrupt, consumed here.
            }
            try {
                abortedTwice.await();
            } catch (InterruptedException e) {
                return;
            }
            interruptedAgain.set(Thread.currentThread().isInterrupted());
            send.end();
        });
        sender.start();
        assertThat(sending.await(5, TimeUnit.SECONDS)).isTrue();

        send.abort();
        send.abort();
        abortedTwice.countDown();
        sender.join(5_000);

        assertThat(interruptedAgain).isFalse();
    }

    @Test
    void end_keeps_an_interrupt_the_caller_had_of_its_own() {
        InterruptibleSend send = new InterruptibleSend();
        send.begin();
        Thread.currentThread().interrupt();

        assertThat(send.end()).isFalse();
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void an_abort_after_the_head_closes_the_body_and_no_thread_is_interrupted() {
        InterruptibleSend send = new InterruptibleSend();
        send.begin();
        send.end();
        TrackedStream body = new TrackedStream();
        send.received(body);

        send.abort();

        assertThat(send.body()).isSameAs(body);
        assertThat(body.closed).isTrue();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void a_body_received_after_an_abort_is_closed_at_once() {
        InterruptibleSend send = new InterruptibleSend();
        send.abort();
        TrackedStream body = new TrackedStream();

        send.received(body);

        assertThat(body.closed).isTrue();
    }

    @Test
    void a_body_received_without_an_abort_stays_open() {
        InterruptibleSend send = new InterruptibleSend();
        TrackedStream body = new TrackedStream();

        send.received(body);

        assertThat(send.body()).isSameAs(body);
        assertThat(body.closed).isFalse();
    }

    @Test
    void send_returns_the_response_once_its_head_arrives_and_leaves_the_thread_uninterrupted() throws Exception {
        try (LoopbackServer server = LoopbackServer.answering("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi")) {
            InterruptibleSend send = new InterruptibleSend();

            HttpResponse<InputStream> response = send.send(CLIENT, server.get());

            assertThat(response.statusCode()).isEqualTo(200);
            try (InputStream body = response.body()) {
                assertThat(body.readAllBytes()).asString(StandardCharsets.US_ASCII).isEqualTo("hi");
            }
            assertThat(Thread.currentThread().isInterrupted()).isFalse();
        }
    }

    @Test
    void send_after_an_abort_is_refused_before_anything_is_sent() throws Exception {
        try (LoopbackServer server = LoopbackServer.silent()) {
            InterruptibleSend send = new InterruptibleSend();
            send.abort();

            assertThatThrownBy(() -> send.send(CLIENT, server.get())).isInstanceOf(AbortedBeforeSending.class);
            assertThat(server.connections()).isZero();
        }
    }

    @Test
    void an_abort_while_the_head_is_awaited_ends_the_send_as_aborted_and_clears_its_interrupt() throws Exception {
        try (LoopbackServer server = LoopbackServer.silent()) {
            InterruptibleSend send = new InterruptibleSend();

            StoppedSend stopped = StoppedSend.of(send, server, sender -> send.abort());

            assertThat(stopped.thrown()).isExactlyInstanceOf(InterruptedIOException.class).hasMessage("aborted");
            assertThat(stopped.interruptedAfter()).isFalse();
        }
    }

    @Test
    void the_callers_own_interrupt_ends_the_send_as_interrupted_and_stays_set() throws Exception {
        try (LoopbackServer server = LoopbackServer.silent()) {
            InterruptibleSend send = new InterruptibleSend();

            StoppedSend stopped = StoppedSend.of(send, server, Thread::interrupt);

            assertThat(stopped.thrown()).isExactlyInstanceOf(InterruptedIOException.class).hasMessage("interrupted");
            assertThat(stopped.interruptedAfter()).isTrue();
            assertThat(send.aborted()).isFalse();
        }
    }

    @Test
    void an_abort_that_comes_as_the_head_arrives_closes_the_body_and_ends_the_send_as_aborted() {
        InterruptibleSend send = new InterruptibleSend();
        TrackedStream body = new TrackedStream();
        // A client whose send returns just after the abort: the race a real client loses now and then.
        HttpClient abortedWhileSending = new AnsweringClient(body, send::abort);

        Throwable thrown = catchThrowable(() -> send.send(abortedWhileSending, HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:9/")).build()));

        assertThat(thrown).isExactlyInstanceOf(InterruptedIOException.class).hasMessage("aborted");
        assertThat(body.closed).as("the body that arrived").isTrue();
        assertThat(Thread.currentThread().isInterrupted()).as("the abort's interrupt is cleared").isFalse();
    }

    @Test
    void a_connection_closed_before_the_head_is_the_clients_own_failure_not_its_wrapper() throws Exception {
        try (LoopbackServer server = LoopbackServer.closing()) {
            InterruptibleSend send = new InterruptibleSend();

            Throwable thrown = catchThrowable(() -> send.send(CLIENT, server.get()));

            // The client's own failure was made on its selector thread; the plain IOException around it, on ours.
            assertThat(thrown).isInstanceOf(IOException.class);
            assertThat(thrown.getStackTrace()).noneMatch(frame -> frame.getClassName().equals(
                    InterruptibleSend.class.getName()));
        }
    }

    @Test
    void unwrapped_takes_the_cause_out_of_a_plain_io_exception_only() {
        ConnectException cause = new ConnectException("refused");
        IOException plain = new IOException("wrapped", cause);
        IOException plainWithoutCause = new IOException("alone");
        UncheckedIOException other = new UncheckedIOException(plain);

        assertThat(InterruptibleSend.unwrapped(plain)).isSameAs(cause);
        assertThat(InterruptibleSend.unwrapped(plainWithoutCause)).isSameAs(plainWithoutCause);
        assertThat(InterruptibleSend.unwrapped(other)).isSameAs(other);
        assertThat(InterruptibleSend.unwrapped(cause)).isSameAs(cause);
    }

    @Test
    void close_quietly_swallows_a_failing_close_and_accepts_no_stream() {
        InputStream failing = new ByteArrayInputStream(new byte[0]) {
            @Override
            public void close() throws IOException {
                throw new IOException("cannot close");
            }
        };

        InterruptibleSend.closeQuietly(failing);
        InterruptibleSend.closeQuietly(null);
        TrackedStream body = new TrackedStream();
        InterruptibleSend.closeQuietly(body);

        assertThat(body.closed).isTrue();
    }

    /** A client whose {@code send} runs {@code during} and then answers 200 with {@code body}; nothing else. */
    private static final class AnsweringClient extends HttpClient {
        private final InputStream body;
        private final Runnable during;

        AnsweringClient(InputStream body, Runnable during) {
            this.body = body;
            this.during = during;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
            during.run();
            return (HttpResponse<T>) new Answer(request, body);
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
                                                                HttpResponse.BodyHandler<T> handler) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
                                                                HttpResponse.BodyHandler<T> handler,
                                                                HttpResponse.PushPromiseHandler<T> push) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<CookieHandler> cookieHandler() {
            return Optional.empty();
        }

        @Override
        public Optional<Duration> connectTimeout() {
            return Optional.empty();
        }

        @Override
        public Redirect followRedirects() {
            return Redirect.NEVER;
        }

        @Override
        public Optional<ProxySelector> proxy() {
            return Optional.empty();
        }

        @Override
        public SSLContext sslContext() {
            throw new UnsupportedOperationException();
        }

        @Override
        public SSLParameters sslParameters() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Authenticator> authenticator() {
            return Optional.empty();
        }

        @Override
        public Version version() {
            return Version.HTTP_1_1;
        }

        @Override
        public Optional<Executor> executor() {
            return Optional.empty();
        }
    }

    /** A 200 with no headers and {@code body}. */
    private record Answer(HttpRequest request, InputStream body) implements HttpResponse<InputStream> {
        @Override
        public int statusCode() {
            return 200;
        }

        @Override
        public Optional<HttpResponse<InputStream>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return HttpHeaders.of(Map.of(), (name, value) -> true);
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return request.uri();
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }

    /** What a send on another thread, stopped once its request reached the server, threw and left behind. */
    private record StoppedSend(Throwable thrown, boolean interruptedAfter) {

        static StoppedSend of(InterruptibleSend send, LoopbackServer server, Consumer<Thread> stop)
                throws InterruptedException {
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            AtomicBoolean interruptedAfter = new AtomicBoolean();
            Thread sender = new Thread(() -> {
                try {
                    send.send(CLIENT, server.get());
                } catch (IOException | RuntimeException e) {
                    thrown.set(e);
                }
                interruptedAfter.set(Thread.currentThread().isInterrupted());
            });
            sender.start();
            server.awaitConnection();
            stop.accept(sender);
            sender.join(10_000);
            assertThat(sender.isAlive()).as("the send ended").isFalse();
            return new StoppedSend(thrown.get(), interruptedAfter.get());
        }
    }

    /** A one-connection-at-a-time HTTP peer on loopback that answers, never answers, or hangs up at once. */
    private static final class LoopbackServer implements AutoCloseable {
        private final ServerSocket socket;
        private final Thread acceptor;
        private final AtomicInteger connections = new AtomicInteger();
        private final CountDownLatch connected = new CountDownLatch(1);
        private final List<Socket> open = new CopyOnWriteArrayList<>();

        private LoopbackServer(String answer, boolean close) throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        Socket peer = socket.accept();
                        open.add(peer);
                        connections.incrementAndGet();
                        connected.countDown();
                        if (answer != null) {
                            readHead(peer.getInputStream());
                            peer.getOutputStream().write(answer.getBytes(StandardCharsets.US_ASCII));
                            peer.getOutputStream().flush();
                        }
                        if (close) {
                            peer.close();
                        }
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
        }

        static LoopbackServer answering(String response) throws IOException {
            return new LoopbackServer(response, false);
        }

        static LoopbackServer silent() throws IOException {
            return new LoopbackServer(null, false);
        }

        static LoopbackServer closing() throws IOException {
            return new LoopbackServer(null, true);
        }

        HttpRequest get() {
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/"))
                    .timeout(Duration.ofSeconds(30)).build();
        }

        void awaitConnection() throws InterruptedException {
            assertThat(connected.await(10, TimeUnit.SECONDS)).as("the client connected").isTrue();
        }

        int connections() {
            return connections.get();
        }

        private static void readHead(InputStream in) throws IOException {
            int matched = 0;
            byte[] end = {'\r', '\n', '\r', '\n'};
            for (int b; matched < end.length && (b = in.read()) != -1; ) {
                matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket peer : open) {
                peer.close();
            }
        }
    }

    private static final class TrackedStream extends ByteArrayInputStream {
        volatile boolean closed;

        TrackedStream() {
            super(new byte[] {1, 2, 3});
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
