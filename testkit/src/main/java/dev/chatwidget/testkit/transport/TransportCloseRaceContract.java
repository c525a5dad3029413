package dev.chatwidget.testkit.transport;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportException;
import dev.chatwidget.adapter.http.TransportRequest;
import dev.chatwidget.adapter.http.TransportResponse;
import dev.chatwidget.adapter.http.TransportSettings;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A {@link Transport} closed while 32 callers are mid-exchange on loopback: every exchange ends in a response or a
 * {@link TransportException} (a body cut by the close may fail its read with an {@link IOException}), never in any
 * other exception, no caller hangs, every exchange started after the close says nothing was sent, and no
 * non-daemon thread the transport started outlives it. A transport module extends it and names its factory.
 */
@Timeout(30)
public abstract class TransportCloseRaceContract {

    static final int CALLERS = 32;
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    /** The transport under test, built from {@code settings}. */
    protected abstract Transport transport(TransportSettings settings);

    @Test
    void closing_while_32_callers_are_mid_exchange_ends_each_in_a_response_or_a_typed_failure() throws Exception {
        Set<Thread> before = nonDaemonThreads();
        Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        List<Throwable> escaped = new CopyOnWriteArrayList<>();
        List<TransportException> sentAfterClose = new CopyOnWriteArrayList<>();
        try (RawHttpServer server = new RawHttpServer()) {
            server.always(RawHttpServer.ok("{\"ok\":true}"));
            Transport transport = transport(new TransportSettings(TIMEOUT, TIMEOUT, 2 * CALLERS, 2 * CALLERS));
            TransportRequest request = new TransportRequest("POST", server.uri("/race"), List.of(),
                    Optional.of("{}".getBytes(UTF_8)), TIMEOUT, TIMEOUT);
            AtomicBoolean closed = new AtomicBoolean();
            AtomicInteger responses = new AtomicInteger();
            CountDownLatch busy = new CountDownLatch(1);
            ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
            for (int i = 0; i < CALLERS; i++) {
                callers.execute(() -> {
                    // Each caller goes on until an exchange it started after the close has failed.
                    for (int n = 0; n < 10_000; n++) {
                        boolean startedAfterClose = closed.get();
                        String outcome = exchange(transport, request, escaped, startedAfterClose ? sentAfterClose : null);
                        outcomes.computeIfAbsent(outcome, k -> new LongAdder()).increment();
                        if (outcome.equals("response") && responses.incrementAndGet() >= 4 * CALLERS) {
                            busy.countDown();
                        }
                        if (startedAfterClose && !outcome.equals("response")) {
                            return;
                        }
                    }
                });
            }
            assertThat(busy.await(10, TimeUnit.SECONDS)).as("callers under way before the close").isTrue();
            closed.set(true);
            transport.close();
            callers.shutdown();
            assertThat(callers.awaitTermination(10, TimeUnit.SECONDS)).as("every caller came back").isTrue();
        }

        assertThat(escaped).as("exceptions other than the transport's typed failure").isEmpty();
        assertThat(outcomes.keySet()).contains("response", "TransportException")
                .isSubsetOf("response", "TransportException", "body read failed");
        assertThat(sentAfterClose).as("exchanges started after the close").hasSize(CALLERS)
                .allSatisfy(e -> assertThat(e.connected()).as(e.toString()).isFalse());
        assertThat(awaitNoNewNonDaemonThreads(before)).as("non-daemon threads left behind").isEmpty();
    }

    private static String exchange(Transport transport, TransportRequest request, List<Throwable> escaped,
                                   List<TransportException> afterClose) {
        try (TransportResponse response = transport.prepare(request).execute()) {
            response.body().readAllBytes();
            return "response";
        } catch (TransportException e) {
            if (afterClose != null) {
                afterClose.add(e);
            }
            return "TransportException";
        } catch (IOException e) {
            return "body read failed";
        } catch (RuntimeException | Error e) {
            escaped.add(e);
            return "escaped " + e.getClass().getSimpleName();
        }
    }

    private static Set<Thread> nonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> !t.isDaemon() && t.isAlive())
                .collect(Collectors.toSet());
    }

    private static Set<String> awaitNoNewNonDaemonThreads(Set<Thread> before) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        Set<String> left;
        do {
            left = nonDaemonThreads().stream().filter(t -> !before.contains(t)).map(Thread::getName)
                    .collect(Collectors.toSet());
            if (left.isEmpty()) {
                return left;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < end);
        return left;
    }
}
