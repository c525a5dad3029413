package dev.chatwidget.testkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.adapter.inmemory.SeedWidget;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatTypeFilter;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.CloneRequest;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.domain.json.JsonNull;
import dev.chatwidget.core.domain.json.JsonNumber;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.settings.WidgetSettings;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.Invalid;
import dev.chatwidget.core.error.NotFound;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import dev.chatwidget.testkit.fake.FakeChatWidgets;
import dev.chatwidget.testkit.model.ReferenceModel.Entry;
import dev.chatwidget.testkit.model.ReferenceModel.Outcome;
import io.vavr.control.Either;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Model-based test: random command sequences run against the in-memory adapter and a naive reference model must
 * give the same outcomes and the same location state after every step; jqwik shrinks a failure to a minimal
 * sequence.
 */
class InMemoryMatchesReferenceModelProperties {

    private static final LocationId LOCATION = LocationId.of("model-loc");
    private static final WidgetId UNKNOWN = WidgetId.of("UnknownWidget0000000");

    @Property(tries = 500, edgeCases = net.jqwik.api.EdgeCasesMode.MIXIN)
    void in_memory_adapter_agrees_with_the_reference_model(@ForAll("sessions") List<Command> session) {
        FakeChatWidgets fake = FakeChatWidgets.create();
        ChatWidgetGateway gateway = fake.gateway();
        ReferenceModel model = new ReferenceModel();
        for (Command command : session) {
            run(command, fake, gateway, model);
            assertSameState(gateway, model, command);
        }
    }

    private static void run(Command command, FakeChatWidgets fake, ChatWidgetGateway gateway, ReferenceModel model) {
        if (command instanceof Command.Create c) {
            var result = gateway.create(new NewWidget(LOCATION, 3, c.type(), c.name(), Optional.of(c.asDefault()),
                    Optional.empty(), Optional.of(WidgetSettings.of(c.settings()))));
            expect(result, model.predictCreate(c.type(), c.name()), command);
            result.forEach(w -> model.create(w.id(), c.type(), c.name(), c.asDefault(), c.settings()));
        } else if (command instanceof Command.Seed s) {
            SeedWidget seed = SeedWidget.of(LOCATION, s.type(), "seeded " + s.type());
            ChatWidget w = fake.seed(s.asDefault() ? seed.asDefault() : seed);
            model.create(w.id(), s.type(), w.name(), s.asDefault(), JsonObject.EMPTY);
        } else if (command instanceof Command.Replace r) {
            Optional<Entry> target = target(model, r.target());
            var result = gateway.replace(LOCATION, idOf(target), update(r.type(), r.name(), r.asDefault(), r.settings()));
            expect(result, model.predictUpdate(target, r.type(), r.name(), r.asDefault()), command);
            result.forEach(w -> model.update(target.get(), r.type(), r.name(), r.asDefault(), r.settings(), false));
        } else if (command instanceof Command.Patch p) {
            Optional<Entry> target = target(model, p.target());
            var result = gateway.patch(LOCATION, idOf(target), update(p.type(), p.name(), p.asDefault(), p.settings()));
            expect(result, model.predictUpdate(target, p.type(), p.name(), p.asDefault()), command);
            result.forEach(w -> model.update(target.get(), p.type(), p.name(), p.asDefault(), p.settings(), true));
        } else if (command instanceof Command.Delete d) {
            Optional<Entry> target = target(model, d.target());
            var result = gateway.delete(LOCATION, idOf(target));
            expect(result, model.predictDelete(target), command);
            result.forEach(w -> model.delete(target.get()));
        } else if (command instanceof Command.Clone c) {
            Optional<Entry> source = target(model, c.target());
            CloneRequest request = new CloneRequest(LOCATION, idOf(source), c.name());
            var result = gateway.clone(request);
            expect(result, model.predictClone(source, c.name()), command);
            result.forEach(w -> model.cloneOf(source.get(), w.id(), c.name()));
        } else if (command instanceof Command.List l) {
            ListQuery query = l.chatType().map(ListQuery.of(LOCATION)::withChatType).orElse(ListQuery.of(LOCATION))
                    .withLimit(100);
            var page = gateway.list(query).get();
            List<WidgetId> expected = model.list(l.chatType()).stream().map(e -> e.id).toList();
            assertThat(page.items()).extracting(WidgetSummary::id).as("list after %s", command).isEqualTo(expected);
            assertThat(page.totalCount()).isEqualTo(expected.size());
        }
    }

    private static void assertSameState(ChatWidgetGateway gateway, ReferenceModel model, Command after) {
        List<WidgetSummary> listed = gateway.list(ListQuery.of(LOCATION).withLimit(100)).get().items();
        List<Entry> live = model.live();
        assertThat(listed).extracting(WidgetSummary::id).as("live widgets after %s", after)
                .isEqualTo(live.stream().map(e -> e.id).toList());
        for (int i = 0; i < live.size(); i++) {
            Entry e = live.get(i);
            WidgetSummary w = listed.get(i);
            assertThat(w.isDefault()).as("default flag of %s after %s", e.id, after).isEqualTo(e.isDefault);
            assertThat(w.chatType()).as("chatType of %s after %s", e.id, after).isEqualTo(e.type);
            assertThat(w.name()).as("name of %s after %s", e.id, after).isEqualTo(e.name);
            assertThat(w.settings().json()).as("settings of %s after %s", e.id, after).isEqualTo(e.settings);
        }
        assertThat(listed.stream().filter(WidgetSummary::isDefault).count()).as("defaults after %s", after)
                .isEqualTo(listed.isEmpty() ? 0 : 1);
    }

    private static void expect(Either<ChatWidgetError, ?> result, Outcome predicted, Command command) {
        Outcome actual = result.isRight() ? Outcome.OK
                : result.getLeft() instanceof NotFound ? Outcome.NOT_FOUND
                : result.getLeft() instanceof Invalid ? Outcome.INVALID : null;
        assertThat(actual).as("outcome of %s (%s)", command, result).isEqualTo(predicted);
    }

    private static Optional<Entry> target(ReferenceModel model, int index) {
        List<Entry> entries = model.entries();
        return index < 0 || entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(index % entries.size()));
    }

    private static WidgetId idOf(Optional<Entry> entry) {
        return entry.map(e -> e.id).orElse(UNKNOWN);
    }

    private static WidgetUpdate update(Optional<ChatType> type, Optional<String> name, Optional<Boolean> asDefault,
                                       Optional<JsonObject> settings) {
        return new WidgetUpdate(Optional.empty(), type, name, asDefault, settings.map(WidgetSettings::of));
    }

    @Provide
    Arbitrary<List<Command>> sessions() {
        return Arbitraries.oneOf(List.of(creates(), seeds(), replaces(), patches(), deletes(), clones(), lists()))
                .list().ofMaxSize(25);
    }

    private Arbitrary<Command> creates() {
        return Combinators.combine(anyType(), names(), Arbitraries.of(true, false), settings())
                .as(Command.Create::new);
    }

    private Arbitrary<Command> seeds() {
        return Combinators.combine(Arbitraries.of(ChatType.WA_CHAT, ChatType.VOICE_AI_CHAT, ChatType.LIVE_CHAT),
                Arbitraries.of(true, false)).as(Command.Seed::new);
    }

    private Arbitrary<Command> replaces() {
        return Combinators.combine(targets(), anyType().optional(), names().optional(),
                Arbitraries.of(true, false).optional(), settings().optional()).as(Command.Replace::new);
    }

    private Arbitrary<Command> patches() {
        return Combinators.combine(targets(), anyType().optional(), names().optional(),
                Arbitraries.of(true, false).optional(), settings().optional()).as(Command.Patch::new);
    }

    private Arbitrary<Command> deletes() {
        return targets().map(Command.Delete::new);
    }

    private Arbitrary<Command> clones() {
        return Combinators.combine(targets(), names().optional()).as(Command.Clone::new);
    }

    private Arbitrary<Command> lists() {
        return Arbitraries.of(ChatTypeFilter.WEB_CHAT, ChatTypeFilter.only(ChatType.LIVE_CHAT),
                ChatTypeFilter.only(ChatType.WA_CHAT), ChatTypeFilter.only(ChatType.EMAIL_CHAT))
                .optional().map(Command.List::new);
    }

    private static Arbitrary<Integer> targets() {
        return Arbitraries.integers().between(-1, 8);
    }

    private static Arbitrary<ChatType> anyType() {
        return Arbitraries.of(ChatType.LIVE_CHAT, ChatType.EMAIL_CHAT, ChatType.WA_CHAT);
    }

    private static Arbitrary<String> names() {
        return Arbitraries.of("Chat", "Support", " ", "x".repeat(256));
    }

    private static Arbitrary<JsonObject> settings() {
        return Arbitraries.of(
                JsonObject.EMPTY,
                JsonObject.builder().put("heading", "Hello").build(),
                JsonObject.builder().put("heading", JsonNull.INSTANCE).put("x-new", 1).build(),
                JsonObject.builder().put("theme", JsonObject.builder().put("name", "future-theme")
                        .put("x-deep", JsonObject.builder().put("n", new JsonNumber(new java.math.BigDecimal("1.50")))
                                .build()).build()).build());
    }
}
