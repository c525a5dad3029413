package dev.chatwidget.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.CloneRequest;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Many threads writing to one location never break rule 1, never lose an acknowledged write, and readers never see
 * a half-done write.
 */
class ConcurrentWritesTest {

    private static final LocationId LOCATION = LocationId.of("concurrentLocation01");
    private static final int WRITERS = 8;
    private static final int WRITES_PER_THREAD = 300;

    private final InMemoryFake fake = InMemoryFake.create();
    private final ChatWidgetGateway gateway = fake.gateway();
    private final ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 2);

    @AfterEach
    void stopThreads() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("threads stopped").isTrue();
    }

    @Test
    void concurrent_creates_deletes_and_clones_keep_exactly_one_default() throws Exception {
        List<WidgetId> made = new CopyOnWriteArrayList<>();
        Set<WidgetId> ids = ConcurrentHashMap.newKeySet();
        Set<WidgetId> deleted = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> readerViolations = new CopyOnWriteArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger reads = new AtomicInteger();

        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < WRITERS; t++) {
            writers.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < WRITES_PER_THREAD; i++) {
                    write(made, ids, deleted);
                }
                return null;
            }));
        }
        Future<?> reader = pool.submit(() -> {
            start.await();
            while (writing.get()) {
                List<ChatWidget> snapshot = fake.location(LOCATION).liveWidgets();
                long defaults = snapshot.stream().filter(ChatWidget::isDefault).count();
                if (defaults != (snapshot.isEmpty() ? 0 : 1)) {
                    readerViolations.add(defaults + " defaults among " + snapshot.size() + " live widgets");
                }
                Page<WidgetSummary> page = gateway.list(ListQuery.of(LOCATION).withLimit(100)).get();
                if (page.items().stream().filter(WidgetSummary::isDefault).count() > 1) {
                    readerViolations.add("a listed page with more than one default");
                }
                reads.incrementAndGet();
            }
            return null;
        });
        start.countDown();
        for (Future<?> writer : writers) {
            writer.get(60, TimeUnit.SECONDS);
        }
        writing.set(false);
        reader.get(10, TimeUnit.SECONDS);

        List<ChatWidget> live = fake.liveWidgets(LOCATION);
        assertThat(live.stream().filter(ChatWidget::isDefault).count())
                .as("defaults among %d live widgets after concurrent writes", live.size())
                .isEqualTo(live.isEmpty() ? 0 : 1);
        assertThat(fake.location(LOCATION).defaultWidget().map(ChatWidget::id))
                .as("the aggregate's default is the live default")
                .isEqualTo(live.stream().filter(ChatWidget::isDefault).findFirst().map(ChatWidget::id));
        assertThat(reads.get()).as("reads made while writers ran").isPositive();
        assertThat(readerViolations).as("what concurrent readers saw").isEmpty();
        assertThat(ids).as("distinct ids of created and cloned widgets").hasSize(made.size());
        assertThat(made).as("every acknowledged create and clone is stored (no lost update)")
                .allSatisfy(id -> assertThat(fake.stored(LOCATION, id)).isPresent());
        assertThat(deleted).as("every acknowledged delete is stored (no lost update)")
                .allSatisfy(id -> assertThat(fake.stored(LOCATION, id).map(ChatWidget::deleted)).contains(true));
        assertThat(live).extracting(ChatWidget::id).as("live widgets are those made and not deleted")
                .containsExactlyInAnyOrderElementsOf(made.stream().filter(id -> !deleted.contains(id)).toList());
    }

    private void write(List<WidgetId> made, Set<WidgetId> ids, Set<WidgetId> deleted) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int choice = random.nextInt(10);
        if (choice < 4 || made.isEmpty()) {
            NewWidget widget = NewWidget.of(LOCATION, ChatType.LIVE_CHAT, "w").withDefault(random.nextBoolean());
            gateway.create(widget).forEach(w -> record(w, made, ids));
        } else if (choice < 8) {
            gateway.delete(LOCATION, made.get(random.nextInt(made.size()))).forEach(d -> deleted.add(d.id()));
        } else {
            gateway.clone(CloneRequest.of(LOCATION, made.get(random.nextInt(made.size()))))
                    .forEach(w -> record(w, made, ids));
        }
    }

    private static void record(ChatWidget widget, List<WidgetId> made, Set<WidgetId> ids) {
        made.add(widget.id());
        ids.add(widget.id());
    }
}
