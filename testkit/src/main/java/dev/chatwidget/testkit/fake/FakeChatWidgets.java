package dev.chatwidget.testkit.fake;

import dev.chatwidget.adapter.inmemory.AccessPolicy;
import dev.chatwidget.adapter.inmemory.DemoLocation;
import dev.chatwidget.adapter.inmemory.InMemoryFake;
import dev.chatwidget.adapter.inmemory.SeedWidget;
import dev.chatwidget.core.application.ChatWidgetService;
import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetIdFormat;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The in-memory fake, ready for a user's tests: the {@link ChatWidgets} to hand to the code under test, seeding
 * with readable builders, scripted faults, a record of every call, and inspection of stored state. Repeatable by
 * default: a clock that ticks 1 ms per reading from 2026-01-01 and ids from a fixed seed.
 */
public final class FakeChatWidgets {

    /** Where the default clock starts. */
    public static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private final InMemoryFake fake;
    private final FaultPlan faults = new FaultPlan();
    private final ObservedGateway gateway;
    private final ChatWidgets chatWidgets;
    private final TestClock clock;

    private FakeChatWidgets(TestClock clock, long seed) {
        this.clock = clock;
        this.fake = InMemoryFake.builder().clock(clock)
                .idSource(WidgetIdFormat.randomSource(new SplittableRandom(seed))).build();
        this.gateway = new ObservedGateway(fake.gateway(), faults);
        this.chatWidgets = new ChatWidgetService(gateway);
    }

    /** A repeatable fake (ticking test clock, fixed id seed). */
    public static FakeChatWidgets create() {
        return new FakeChatWidgets(TestClock.ticking(EPOCH, Duration.ofMillis(1)), 42L);
    }

    /** A fake on the given clock and id seed. */
    public static FakeChatWidgets create(TestClock clock, long idSeed) {
        return new FakeChatWidgets(clock, idSeed);
    }

    /** What the code under test should call. */
    public ChatWidgets chatWidgets() {
        return chatWidgets;
    }

    /** The gateway port, for code that takes one (e.g. to wrap it in its own decorators). */
    public ChatWidgetGateway gateway() {
        return gateway;
    }

    public TestClock clock() {
        return clock;
    }

    /** Stores widgets directly (any chat type, default or not, deleted or not) and returns them as stored. */
    public List<ChatWidget> seed(SeedWidget... widgets) {
        return Arrays.stream(widgets).map(fake::seed).toList();
    }

    /** Stores one widget directly and returns it as stored. */
    public ChatWidget seed(SeedWidget widget) {
        return fake.seed(widget);
    }

    /**
     * Seeds {@link DemoLocation} (location {@code demo}: six live widgets of several chat types, one default, and
     * a deleted one) and returns the stored widgets.
     */
    public List<ChatWidget> seedDemo() {
        return DemoLocation.seed(fake);
    }

    /** Scripted faults: {@code faults().next(1).of(Operation.GET).failWith(TestErrors.notFound())}. */
    public FaultPlan faults() {
        return faults;
    }

    /** Every call that reached the fake, in order. */
    public List<RecordedCall> calls() {
        return gateway.calls();
    }

    /** The calls of one operation, in order. */
    public List<RecordedCall> calls(Operation operation) {
        return gateway.calls().stream().filter(c -> c.operation() == operation).toList();
    }

    /** A stored widget, deleted ones included. */
    public Optional<ChatWidget> stored(LocationId location, WidgetId id) {
        return fake.stored(location, id);
    }

    /** A location's live widgets in list order. */
    public List<ChatWidget> liveWidgets(LocationId location) {
        return fake.liveWidgets(location);
    }

    /** The location's default widget, if it has a live widget. */
    public Optional<ChatWidget> defaultWidget(LocationId location) {
        return fake.location(location).defaultWidget();
    }

    /** Only these locations may be seen; others answer 403 Forbidden. */
    public void allowOnly(LocationId... locations) {
        fake.accessPolicy(AccessPolicy.only(java.util.Set.of(locations)));
    }

    /** Forgets widgets, faults, recorded calls and access rules. */
    public void reset() {
        fake.reset();
        faults.clear();
        gateway.clearCalls();
    }
}
