package dev.chatwidget.benchmarks.inmemory;

import dev.chatwidget.adapter.inmemory.InMemoryFake;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatTypeFilter;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.LocationWidgets;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The in-memory adapter with 1,000 to 100,000 widgets in one location: get, create and list pages of 50.
 * Time per operation; ops/s is its inverse (the report shows both).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class OneLocationBenchmark {

    static final LocationId LOCATION = Population.location(0);
    static final int PAGE = 50;

    /** A location of {@code widgets} widgets, seeded once per trial; read-only benchmarks share it. */
    @State(Scope.Benchmark)
    public static class Seeded {
        @Param({"1000", "10000", "100000"})
        public int widgets;

        InMemoryFake fake;
        ChatWidgetGateway gateway;
        WidgetId[] ids;
        ListQuery liveChatPage;
        ListQuery webChatPage;
        ListQuery deepPage;
        ListQuery voiceAgentPage;
        ListQuery voiceAgentLiveChatPage;

        @Setup(Level.Trial)
        public void seed() {
            fake = InMemoryFake.create();
            gateway = fake.gateway();
            ids = Population.seed(fake, LOCATION, widgets, 0).toArray(WidgetId[]::new);
            liveChatPage = ListQuery.of(LOCATION).withLimit(PAGE).withChatType(ChatType.LIVE_CHAT);
            webChatPage = ListQuery.of(LOCATION).withLimit(PAGE).withChatType(ChatTypeFilter.WEB_CHAT);
            int liveChats = Population.matching(widgets, ChatType.LIVE_CHAT);
            deepPage = liveChatPage.withOffset(Math.min(ListQuery.MAX_OFFSET, liveChats - PAGE));
            voiceAgentPage = ListQuery.of(LOCATION).withLimit(PAGE).withVoiceAiAgentId(Population.AGENT);
            voiceAgentLiveChatPage = voiceAgentPage.withChatType(ChatType.LIVE_CHAT);
            check(gateway.list(liveChatPage), liveChats);
            check(gateway.list(voiceAgentPage), Population.withAgent(widgets));
        }

        private static void check(Either<ChatWidgetError, Page<WidgetSummary>> page, int total) {
            if (page.isLeft() || page.get().totalCount() != total || page.get().items().size() != PAGE) {
                throw new IllegalStateException("unexpected page: " + page);
            }
        }
    }

    /** Each thread walks the shuffled ids, so gets hit the whole location, not one hot widget. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        WidgetId id(WidgetId[] ids) {
            int i = next;
            next = i + 1 == ids.length ? 0 : i + 1;
            return ids[i];
        }
    }

    /**
     * A location that creates grow: re-seeded to {@code widgets} before every iteration (so it holds
     * {@code widgets} plus that iteration's creates).
     */
    @State(Scope.Benchmark)
    public static class Growing {
        @Param({"1000", "10000", "100000"})
        public int widgets;

        InMemoryFake fake;
        ChatWidgetGateway gateway;
        NewWidget request;

        @Setup(Level.Iteration)
        public void seed() {
            fake = InMemoryFake.create();
            gateway = fake.gateway();
            Population.seed(fake, LOCATION, widgets, 1);
            request = NewWidget.of(LOCATION, ChatType.LIVE_CHAT, "Created in a benchmark")
                    .withSettings(Population.SETTINGS);
        }
    }

    /** A fixed state of exactly {@code widgets}: the aggregate's own create cost, nothing stored. */
    @State(Scope.Benchmark)
    public static class Snapshot {
        @Param({"1000", "10000", "100000"})
        public int widgets;

        LocationWidgets state;
        NewWidget request;
        WidgetId newId = WidgetId.of("BenchmarkNewWidget00");
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Setup(Level.Trial)
        public void seed() {
            InMemoryFake fake = InMemoryFake.create();
            Population.seed(fake, LOCATION, widgets, 2);
            state = fake.location(LOCATION);
            request = NewWidget.of(LOCATION, ChatType.LIVE_CHAT, "Created in a benchmark")
                    .withSettings(Population.SETTINGS);
        }
    }

    @Benchmark
    public Either<ChatWidgetError, ChatWidget> get(Seeded s, Cursor c) {
        return s.gateway.get(LOCATION, c.id(s.ids));
    }

    /** The same widget every time: the lookup's own cost, without the cache misses of a large location. */
    @Benchmark
    public Either<ChatWidgetError, ChatWidget> get_sameWidget(Seeded s) {
        return s.gateway.get(LOCATION, s.ids[0]);
    }

    @Benchmark
    public Either<ChatWidgetError, Page<WidgetSummary>> list_liveChat(Seeded s) {
        return s.gateway.list(s.liveChatPage);
    }

    @Benchmark
    public Either<ChatWidgetError, Page<WidgetSummary>> list_webChat(Seeded s) {
        return s.gateway.list(s.webChatPage);
    }

    /** The last liveChat page, or the page at the offset cap (10,000) when there are more. */
    @Benchmark
    public Either<ChatWidgetError, Page<WidgetSummary>> list_liveChat_deepOffset(Seeded s) {
        return s.gateway.list(s.deepPage);
    }

    /** A page of one voice AI agent's widgets (one in ten of the location): read from its own index. */
    @Benchmark
    public Either<ChatWidgetError, Page<WidgetSummary>> list_voiceAgent(Seeded s) {
        return s.gateway.list(s.voiceAgentPage);
    }

    /** The agent's widgets of one chat type: its index, the chat type tested on each (every match is counted). */
    @Benchmark
    public Either<ChatWidgetError, Page<WidgetSummary>> list_voiceAgent_liveChat(Seeded s) {
        return s.gateway.list(s.voiceAgentLiveChatPage);
    }

    @Benchmark
    public Either<ChatWidgetError, ChatWidget> create(Growing s) {
        return s.gateway.create(s.request);
    }

    @Benchmark
    public Object create_aggregateOnly(Snapshot s) {
        return s.state.create(s.request, s.newId, s.now, Optional.empty());
    }
}
