package dev.chatwidget.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 8 threads make 50,000 mixed calls each on four locations of one in-memory fake. Each thread writes names only
 * of the widgets it made (others still move their default flag), so every read it makes of its own widgets has
 * an exact expected answer. Throughout and afterwards: exactly one default among the live widgets of every
 * location, list and get agree, and every acknowledged write is what is stored.
 */
@Tag("load")
@Timeout(120)
class InMemoryStressTest {

    static final int THREADS = 8;
    static final int CALLS_PER_THREAD = 50_000;
    static final List<LocationId> LOCATIONS = List.of(LocationId.of("stressLocation000001"),
            LocationId.of("stressLocation000002"), LocationId.of("stressLocation000003"),
            LocationId.of("stressLocation000004"));

    final InMemoryFake fake = InMemoryFake.create();
    final ChatWidgetGateway gateway = fake.gateway();
    final List<String> violations = new CopyOnWriteArrayList<>();
    final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
    final AtomicLong names = new AtomicLong();

    @Test
    void eight_threads_of_fifty_thousand_mixed_calls_keep_one_default_agreeing_reads_and_every_acknowledged_write()
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<StressOwner> owners = new ArrayList<>();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            StressOwner owner = new StressOwner(this, t);
            owners.add(owner);
            running.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < CALLS_PER_THREAD; i++) {
                    owner.step();
                }
                return null;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (Future<?> thread : running) {
            thread.get(100, TimeUnit.SECONDS);
        }
        pool.shutdown();
        long millis = (System.nanoTime() - began) / 1_000_000;

        long calls = outcomes.values().stream().mapToLong(LongAdder::sum).sum();
        assertThat(calls).as("calls made in %d ms: %s", millis, outcomes).isEqualTo((long) THREADS * CALLS_PER_THREAD);
        assertThat(violations).as("what the threads saw while running").isEmpty();
        for (StressOwner owner : owners) {
            owner.assertEverythingAcknowledgedIsStored();
        }
        for (LocationId location : LOCATIONS) {
            assertListAndGetAgree(location);
        }
    }

    void count(String outcome) {
        outcomes.computeIfAbsent(outcome, k -> new LongAdder()).increment();
    }

    void violation(String what) {
        if (violations.size() < 20) {
            violations.add(what);
        }
    }

    String newName(int thread) {
        return "t" + thread + "-" + names.incrementAndGet();
    }

    /** One live default per location, seen through a consistent snapshot and through the gateway's list. */
    void checkDefaults(LocationId location) {
        List<ChatWidget> live = fake.location(location).liveWidgets();
        long defaults = live.stream().filter(ChatWidget::isDefault).count();
        if (defaults != (live.isEmpty() ? 0 : 1)) {
            violation(defaults + " defaults among " + live.size() + " live widgets of " + location);
        }
        Page<WidgetSummary> page = gateway.list(ListQuery.of(location).withLimit(100)).get();
        long listed = page.items().stream().filter(WidgetSummary::isDefault).count();
        if (page.totalCount() <= 100 && listed != (page.items().isEmpty() ? 0 : 1)) {
            violation(listed + " defaults in a complete list of " + page.items().size() + " for " + location);
        }
    }

    private void assertListAndGetAgree(LocationId location) {
        List<ChatWidget> live = fake.liveWidgets(location);
        Page<WidgetSummary> page = gateway.list(ListQuery.of(location).withLimit(100)).get();
        assertThat(page.totalCount()).isEqualTo(live.size());
        assertThat(page.items()).extracting(WidgetSummary::id).containsExactlyElementsOf(
                live.stream().map(ChatWidget::id).limit(100).toList());
        for (WidgetSummary item : page.items()) {
            ChatWidget got = gateway.get(location, item.id()).get();
            assertThat(got.name()).isEqualTo(item.name());
            assertThat(got.isDefault()).isEqualTo(item.isDefault());
            assertThat(got.createdAt()).isEqualTo(item.createdAt());
        }
        assertThat(live.stream().filter(ChatWidget::isDefault).count()).isEqualTo(live.isEmpty() ? 0 : 1);
    }
}
