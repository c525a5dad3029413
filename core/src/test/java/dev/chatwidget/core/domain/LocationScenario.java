package dev.chatwidget.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.settings.WidgetSettings;
import dev.chatwidget.core.error.ChatWidgetError;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * One location's widgets driven through the aggregate, with a clock that moves one second per decision and ids
 * from a seeded source, so every test is repeatable and widgets are created in a known order.
 */
public final class LocationScenario {

    public static final LocationId LOCATION = LocationId.of("loc-1");
    public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    public static final Optional<String> SOURCE = Optional.of("test-suite");

    private final WidgetIdSource ids;
    private LocationWidgets state = LocationWidgets.empty(LOCATION);
    private Instant now = T0;

    public LocationScenario() {
        this(42L);
    }

    public LocationScenario(long seed) {
        this.ids = WidgetIdFormat.randomSource(new SplittableRandom(seed));
    }

    public LocationWidgets state() {
        return state;
    }

    /** The time of the last decision. */
    public Instant now() {
        return now;
    }

    public ChatWidget create(String name) {
        return create(newWidget(name));
    }

    public ChatWidget create(NewWidget request) {
        return accepted(tryCreate(request));
    }

    public Either<ChatWidgetError, ChatWidget> tryCreate(NewWidget request) {
        return decided(state.create(request, ids.next(), tick(), SOURCE));
    }

    public Either<ChatWidgetError, ChatWidget> replace(WidgetId id, WidgetUpdate update) {
        return decided(state.replace(id, update, tick()));
    }

    public Either<ChatWidgetError, ChatWidget> patch(WidgetId id, WidgetUpdate update) {
        return decided(state.patch(id, update, tick()));
    }

    public Either<ChatWidgetError, ChatWidget> delete(WidgetId id) {
        return decided(state.delete(id, tick()));
    }

    public Either<ChatWidgetError, ChatWidget> cloneOf(CloneRequest request) {
        return decided(state.cloneOf(request, ids.next(), tick(), SOURCE));
    }

    public ChatWidget seed(ChatWidget widget) {
        LocationWidgets.Change change = state.seed(widget);
        state = change.after();
        return change.widget();
    }

    /** The stored widget, deleted or not, as it is now. */
    public ChatWidget current(WidgetId id) {
        return state.stored(id).orElseThrow(() -> new AssertionError("no widget " + id));
    }

    /** Rule 1: while any widget is live, exactly one live widget is default, and it is the one reported. */
    public void assertExactlyOneDefault() {
        List<ChatWidget> live = state.liveWidgets();
        List<ChatWidget> defaults = live.stream().filter(ChatWidget::isDefault).toList();
        assertThat(defaults).hasSize(live.isEmpty() ? 0 : 1);
        assertThat(state.defaultWidget()).isEqualTo(defaults.stream().findFirst());
    }

    public static NewWidget newWidget(String name) {
        return NewWidget.of(LOCATION, ChatType.LIVE_CHAT, name);
    }

    /** A widget as a store would hold it, for {@link LocationWidgets#seed}. */
    public static ChatWidget stored(String id, ChatType type, Instant createdAt) {
        return new ChatWidget(WidgetId.of(id), LOCATION, 2, type, "widget " + id, false, false, WidgetSettings.EMPTY,
                Optional.of("seed"), Optional.empty(), Optional.empty(), createdAt, createdAt);
    }

    private Either<ChatWidgetError, ChatWidget> decided(Either<ChatWidgetError, LocationWidgets.Change> result) {
        result.forEach(change -> state = change.after());
        return result.map(LocationWidgets.Change::widget);
    }

    private static ChatWidget accepted(Either<ChatWidgetError, ChatWidget> result) {
        return result.getOrElseThrow(e -> new AssertionError("expected success, got " + e));
    }

    private Instant tick() {
        now = now.plusSeconds(1);
        return now;
    }
}
