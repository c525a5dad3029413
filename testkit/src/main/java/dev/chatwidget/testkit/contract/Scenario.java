package dev.chatwidget.testkit.contract;

import static dev.chatwidget.testkit.contract.ContractAssertions.ok;

import dev.chatwidget.adapter.inmemory.SeedWidget;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.CloneRequest;
import dev.chatwidget.core.domain.Deleted;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.NotFound;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Assumptions;

/**
 * One contract test's world: its location, the gateway under test (tracking what the test makes, so it can be
 * deleted afterwards), and short helpers that fail the test with a clear message when a call that should work
 * does not.
 */
public final class Scenario {

    private final GatewayContractHooks hooks;
    private final List<ChatWidget> made = Collections.synchronizedList(new ArrayList<>());
    private LocationId location;
    private ChatWidgetGateway api;

    Scenario(GatewayContractHooks hooks) {
        this.hooks = Objects.requireNonNull(hooks, "hooks");
    }

    /** The test's location, empty when the test starts. */
    public synchronized LocationId location() {
        if (location == null) {
            location = Objects.requireNonNull(hooks.newLocation(), "newLocation()");
        }
        return location;
    }

    /** The gateway under test; widgets it creates or clones are deleted after the test. */
    public synchronized ChatWidgetGateway api() {
        if (api == null) {
            api = new TrackingGateway(Objects.requireNonNull(hooks.gateway(), "gateway()"), made::add);
        }
        return api;
    }

    public boolean has(GatewayCapability capability) {
        return hooks.capabilities().contains(capability);
    }

    /** Skips the test unless the gateway declares every capability given. */
    public void require(GatewayCapability... capabilities) {
        for (GatewayCapability capability : capabilities) {
            Assumptions.assumeTrue(has(capability), () -> "gateway lacks capability " + capability);
        }
    }

    public NewWidget liveChat(String name) {
        return NewWidget.of(location(), ChatType.LIVE_CHAT, name);
    }

    public NewWidget emailChat(String name) {
        return NewWidget.of(location(), ChatType.EMAIL_CHAT, name);
    }

    /** Creates a liveChat widget in the test's location. */
    public ChatWidget create(String name) {
        return create(liveChat(name));
    }

    public ChatWidget create(NewWidget request) {
        return ok(api().create(request), "create " + request.name());
    }

    /** Stores a widget through the seeding hook (the test must require SEEDING). */
    public ChatWidget seed(SeedWidget seed) {
        ChatWidget stored = Objects.requireNonNull(hooks.seeder().seed(seed), "seeder returned null");
        made.add(stored);
        return stored;
    }

    /** A live, non-default widget to seed in the test's location. */
    public SeedWidget seedOf(ChatType type, String name) {
        return SeedWidget.of(location(), type, name);
    }

    public Inspector inspector() {
        return hooks.inspector();
    }

    public LocationId forbiddenLocation() {
        return hooks.forbiddenLocation();
    }

    /** A further empty location, for tests about isolation between locations. */
    public LocationId anotherLocation() {
        return hooks.newLocation();
    }

    public Either<ChatWidgetError, ChatWidget> get(WidgetId id) {
        return api().get(location(), id);
    }

    /** The widget as get returns it; fails the test if get fails. */
    public ChatWidget fetch(WidgetId id) {
        return ok(get(id), "get " + id);
    }

    public Either<ChatWidgetError, ChatWidget> replace(WidgetId id, WidgetUpdate update) {
        return api().replace(location(), id, update);
    }

    public Either<ChatWidgetError, ChatWidget> patch(WidgetId id, WidgetUpdate update) {
        return api().patch(location(), id, update);
    }

    public Either<ChatWidgetError, Deleted> delete(WidgetId id) {
        return api().delete(location(), id);
    }

    public Either<ChatWidgetError, ChatWidget> cloneOf(WidgetId source) {
        return api().clone(CloneRequest.of(location(), source));
    }

    /** The first page (limit 20) of every widget in the test's location. */
    public ListQuery query() {
        return ListQuery.of(location());
    }

    public Page<WidgetSummary> list(ListQuery query) {
        return ok(api().list(query), "list " + describe(query));
    }

    /** Every live widget of the test's location, page by page. */
    public List<WidgetSummary> listAll() {
        return listAll(query());
    }

    /** Every match of {@code query}, page by page (100 a page) from offset 0. */
    public List<WidgetSummary> listAll(ListQuery query) {
        List<WidgetSummary> all = new ArrayList<>();
        ListQuery next = query.withOffset(0).withLimit(ListQuery.MAX_LIMIT);
        while (true) {
            Page<WidgetSummary> page = list(next);
            all.addAll(page.items());
            if (page.items().isEmpty() || all.size() >= page.totalCount()) {
                return all;
            }
            next = next.withOffset(all.size());
        }
    }

    /** The live widgets that say they are the default. */
    public List<WidgetSummary> defaults() {
        return listAll().stream().filter(WidgetSummary::isDefault).toList();
    }

    static String describe(ListQuery q) {
        return "(offset=" + q.offset() + ", limit=" + q.limit() + q.chatType().map(t -> ", chatType=" + t).orElse("")
                + q.excludeChatType().map(t -> ", excludeChatType=" + t).orElse("")
                + q.voiceAiAgentId().map(v -> ", voiceAiAgentId=" + v).orElse("")
                + q.creationSource().map(v -> ", creationSource=" + v).orElse("")
                + q.excludeCreationSource().map(v -> ", excludeCreationSource=" + v).orElse("")
                + (q.allInOneChatTypes().isEmpty() ? "" : ", allInOneChatTypes=" + q.allInOneChatTypes()) + ")";
    }

    /** Deletes, newest first, every widget the test made; fails if one cannot be deleted. */
    void cleanUp() {
        List<ChatWidget> toDelete;
        synchronized (made) {
            toDelete = new ArrayList<>(made);
        }
        Collections.reverse(toDelete);
        List<String> leftBehind = new ArrayList<>();
        ChatWidgetGateway gateway = toDelete.isEmpty() ? null : hooks.gateway();
        for (ChatWidget widget : toDelete) {
            if (widget.deleted()) {
                continue;
            }
            gateway.delete(widget.locationId(), widget.id())
                    .orElseRun(error -> {
                        if (!(error instanceof NotFound)) {
                            leftBehind.add(widget.id() + " in " + widget.locationId() + " (" + error + ")");
                        }
                    });
        }
        if (!leftBehind.isEmpty()) {
            throw new AssertionError("contract cleanup could not delete widgets this test made: " + leftBehind);
        }
    }
}
