package dev.chatwidget.benchmarks.inmemory;

import dev.chatwidget.adapter.inmemory.InMemoryFake;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The in-memory adapter across 10,000 locations of 20 widgets each: every call picks another location. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ManyLocationsBenchmark {

    static final int LOCATIONS = 10_000;
    static final int PER_LOCATION = 20;

    /** Seeded once per trial (get, list) or per iteration (create, which adds widgets). */
    public abstract static class Locations {
        InMemoryFake fake;
        ChatWidgetGateway gateway;
        LocationId[] locations;
        WidgetId[] ids;
        ListQuery[] pages;
        NewWidget[] creates;

        void seed() {
            fake = InMemoryFake.create();
            gateway = fake.gateway();
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < LOCATIONS; i++) {
                order.add(i);
            }
            Collections.shuffle(order, new Random(7));
            locations = new LocationId[LOCATIONS];
            ids = new WidgetId[LOCATIONS];
            pages = new ListQuery[LOCATIONS];
            creates = new NewWidget[LOCATIONS];
            for (int i = 0; i < LOCATIONS; i++) {
                LocationId location = Population.location(order.get(i));
                locations[i] = location;
                ids[i] = Population.seed(fake, location, PER_LOCATION, i).get(0);
                pages[i] = ListQuery.of(location).withLimit(OneLocationBenchmark.PAGE).withChatType(ChatType.LIVE_CHAT);
                creates[i] = NewWidget.of(location, ChatType.LIVE_CHAT, "Created in a benchmark")
                        .withSettings(Population.SETTINGS);
            }
        }
    }

    @State(Scope.Benchmark)
    public static class Seeded extends Locations {
        @Setup(Level.Trial)
        public void setUp() {
            seed();
        }
    }

    @State(Scope.Benchmark)
    public static class Growing extends Locations {
        @Setup(Level.Iteration)
        public void setUp() {
            seed();
        }
    }

    /** Each thread walks the locations in a shuffled order. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int index() {
            int i = next;
            next = i + 1 == LOCATIONS ? 0 : i + 1;
            return i;
        }
    }

    @Benchmark
    public Either<ChatWidgetError, ChatWidget> get(Seeded s, Cursor c) {
        int i = c.index();
        return s.gateway.get(s.locations[i], s.ids[i]);
    }

    @Benchmark
    public Either<ChatWidgetError, Page<WidgetSummary>> list_liveChat(Seeded s, Cursor c) {
        return s.gateway.list(s.pages[c.index()]);
    }

    @Benchmark
    public Either<ChatWidgetError, ChatWidget> create(Growing s, Cursor c) {
        return s.gateway.create(s.creates[c.index()]);
    }
}
