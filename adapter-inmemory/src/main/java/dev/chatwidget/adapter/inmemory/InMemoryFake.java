package dev.chatwidget.adapter.inmemory;

import dev.chatwidget.core.application.ChatWidgetService;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.CreationSource;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.LocationWidgets;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetIdSource;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The in-memory fake of the Chat Widget API and its handle for tests: a thread-safe gateway that obeys the
 * model's rules, plus seeding of any stored widget, inspection (deleted widgets included), an access policy and
 * reset.
 */
public final class InMemoryFake {

    private final WidgetStore store = new WidgetStore();
    private final Clock clock;
    private final InMemoryGateway gateway;

    private InMemoryFake(Builder builder) {
        this.clock = builder.clock;
        this.gateway = new InMemoryGateway(store, builder.clock, builder.ids, builder.creationSource,
                builder.accessPolicy);
    }

    /** A fake on the system clock with random ids. */
    public static InMemoryFake create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The gateway port (what adapters implement). */
    public ChatWidgetGateway gateway() {
        return gateway;
    }

    /** The validating facade over this fake, as an application would use it. */
    public ChatWidgets chatWidgets() {
        return new ChatWidgetService(gateway);
    }

    /** Stores a widget directly (any chat type, any creation source); rule 1 still holds afterwards. */
    public ChatWidget seed(SeedWidget seed) {
        Instant at = seed.createdAt().orElseGet(clock::instant);
        WidgetId id = seed.id().orElseGet(gateway::newId);
        ChatWidget widget = new ChatWidget(id, seed.locationId(), seed.version(), seed.chatType(), seed.name(),
                seed.deleted(), seed.isDefault(), seed.settings(), seed.creationSource(), seed.updatedBy(),
                seed.originId(), at, at);
        return store.write(seed.locationId(), state -> io.vavr.control.Either.right(state.seed(widget)))
                .getOrElseThrow(error -> new IllegalStateException(error.message()));
    }

    /** A stored widget, deleted or not. */
    public Optional<ChatWidget> stored(LocationId location, WidgetId id) {
        return store.snapshot(location).stored(id);
    }

    /** A location's live widgets in list order. */
    public List<ChatWidget> liveWidgets(LocationId location) {
        return store.snapshot(location).liveWidgets();
    }

    /** The current state of a location (an immutable snapshot). */
    public LocationWidgets location(LocationId location) {
        return store.snapshot(location);
    }

    /** Replaces the access policy (which locations the caller may see). */
    public void accessPolicy(AccessPolicy policy) {
        gateway.accessPolicy(Objects.requireNonNull(policy, "policy"));
    }

    /** Forgets every widget and allows every location again. */
    public void reset() {
        store.clear();
        gateway.accessPolicy(AccessPolicy.ALLOW_ALL);
    }

    /** Configures a fake. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private WidgetIdSource ids = new RandomIds();
        private Optional<String> creationSource = Optional.of(CreationSource.PUBLIC_API.wireValue());
        private AccessPolicy accessPolicy = AccessPolicy.ALLOW_ALL;

        private Builder() {
        }

        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        public Builder idSource(WidgetIdSource value) {
            this.ids = Objects.requireNonNull(value, "idSource");
            return this;
        }

        /**
         * The {@code creationSource} stamped on widgets created or cloned through the API: {@code public-api} by
         * default, as the service does; seeded widgets carry whatever their seed says.
         */
        public Builder creationSource(String value) {
            this.creationSource = Optional.of(value);
            return this;
        }

        public Builder accessPolicy(AccessPolicy value) {
            this.accessPolicy = Objects.requireNonNull(value, "accessPolicy");
            return this;
        }

        public InMemoryFake build() {
            return new InMemoryFake(this);
        }
    }
}
