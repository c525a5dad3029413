package dev.chatwidget.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.CloneRequest;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.PublicConfig;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.Invalid;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One thread of the stress test: the widgets it made, the name each must have (only it renames them) and which
 * it deleted; each step is one call chosen at random, checked against what the thread knows.
 */
final class StressOwner {

    private static final int MAX_OWN_LIVE = 6;

    private final InMemoryStressTest test;
    private final int thread;
    private final SplittableRandom random;
    private final Map<LocationId, List<WidgetId>> live = new HashMap<>();
    private final Map<WidgetId, String> expectedName = new HashMap<>();
    private final Map<WidgetId, LocationId> locationOf = new HashMap<>();
    private final Set<WidgetId> deleted = new HashSet<>();

    StressOwner(InMemoryStressTest test, int thread) {
        this.test = test;
        this.thread = thread;
        this.random = new SplittableRandom(thread);
        InMemoryStressTest.LOCATIONS.forEach(location -> live.put(location, new ArrayList<>()));
    }

    void step() {
        LocationId location = InMemoryStressTest.LOCATIONS.get(random.nextInt(InMemoryStressTest.LOCATIONS.size()));
        List<WidgetId> own = live.get(location);
        int roll = random.nextInt(100);
        if (own.isEmpty() || (roll < 15 && own.size() < MAX_OWN_LIVE)) {
            made(location, test.gateway.create(NewWidget.of(location, ChatType.LIVE_CHAT, test.newName(thread))
                    .withDefault(random.nextInt(5) == 0)));
            return;
        }
        WidgetId id = own.get(random.nextInt(own.size()));
        if (roll < 20 && own.size() < MAX_OWN_LIVE) {
            made(location, test.gateway.clone(CloneRequest.of(location, id).withName(test.newName(thread))));
        } else if (roll < 40) {
            String name = test.newName(thread);
            WidgetUpdate rename = WidgetUpdate.none().withName(name);
            updated(id, name, test.gateway.patch(location, id,
                    random.nextInt(10) == 0 ? rename.withDefault(true) : rename), false);
        } else if (roll < 45) {
            String name = test.newName(thread);
            updated(id, name, test.gateway.replace(location, id, WidgetUpdate.none().withName(name)), false);
        } else if (roll < 50) {
            // Un-defaulting the current default is refused (rule 1); any other widget accepts it.
            updated(id, expectedName.get(id), test.gateway.patch(location, id, WidgetUpdate.none().withDefault(false)),
                    true);
        } else if (roll < 62) {
            Either<ChatWidgetError, ?> result = test.gateway.delete(location, id);
            expectSuccess("delete", result);
            own.remove(id);
            deleted.add(id);
        } else if (roll < 77) {
            Either<ChatWidgetError, ChatWidget> got = test.gateway.get(location, id);
            expectSuccess("get", got);
            got.forEach(w -> expectName("get", id, w.name()));
        } else if (roll < 85) {
            Either<ChatWidgetError, PublicConfig> config = test.gateway.publicConfig(id, OptionalInt.empty());
            expectSuccess("public config", config);
            config.forEach(c -> expectName("public config", id, c.name()));
        } else {
            test.count("list");
            test.checkDefaults(location);
        }
    }

    void assertEverythingAcknowledgedIsStored() {
        expectedName.forEach((id, name) -> {
            ChatWidget stored = test.fake.stored(locationOf.get(id), id).orElseThrow();
            assertThat(stored.name()).as("name of %s", id).isEqualTo(name);
            assertThat(stored.deleted()).as("deleted %s", id).isEqualTo(deleted.contains(id));
        });
    }

    private void made(LocationId location, Either<ChatWidgetError, ChatWidget> result) {
        expectSuccess("create or clone", result);
        result.forEach(widget -> {
            live.get(location).add(widget.id());
            expectedName.put(widget.id(), widget.name());
            locationOf.put(widget.id(), location);
        });
    }

    private void updated(WidgetId id, String name, Either<ChatWidgetError, ChatWidget> result, boolean mayBeRefused) {
        if (mayBeRefused && result.isLeft() && result.getLeft() instanceof Invalid) {
            test.count("refused: un-default the default");
            return;
        }
        expectSuccess("update", result);
        if (result.isRight()) {
            expectedName.put(id, name);
            expectName("update", id, result.get().name());
        }
    }

    private void expectName(String call, WidgetId id, String actual) {
        if (!actual.equals(expectedName.get(id))) {
            test.violation(call + " of " + id + " read " + actual + ", last acknowledged " + expectedName.get(id));
        }
    }

    private void expectSuccess(String call, Either<ChatWidgetError, ?> result) {
        test.count(result.isRight() ? call : call + " failed");
        if (result.isLeft()) {
            test.violation(call + " failed: " + result.getLeft());
        }
    }
}
