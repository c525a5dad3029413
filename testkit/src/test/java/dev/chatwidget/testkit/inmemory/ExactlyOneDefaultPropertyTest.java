package dev.chatwidget.testkit.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.adapter.inmemory.InMemoryFake;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetIdFormat;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.Invalid;
import dev.chatwidget.core.error.NotFound;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import dev.chatwidget.testkit.fake.TestClock;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Random sequences of create, replace, patch, delete and clone (and seeds of any type) on one location keep
 * rule 1 (exactly one default among live widgets, none when none is live), and list and get keep agreeing.
 */
class ExactlyOneDefaultPropertyTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final LocationId LOCATION = LocationId.of("propertyLocation0001");

    @Property(tries = 300)
    void random_writes_keep_exactly_one_default_and_list_agrees_with_get(
            @ForAll("scripts") List<WidgetAction> script, @ForAll boolean frozenClock) {
        Clock clock = frozenClock ? TestClock.fixed(START) : TestClock.ticking(START, Duration.ofMillis(1));
        InMemoryFake fake = InMemoryFake.builder().clock(clock)
                .idSource(WidgetIdFormat.randomSource(new Random(script.size()))).build();
        ChatWidgetGateway gateway = fake.gateway();
        List<WidgetId> made = new ArrayList<>();
        Set<WidgetId> live = new LinkedHashSet<>();

        for (int step = 0; step < script.size(); step++) {
            WidgetAction action = script.get(step);
            Optional<WidgetId> target = action.target(made);
            if (action.hasTarget() && target.isEmpty()) {
                continue;
            }
            String at = "step " + step + ": " + action + (target.isPresent() ? " on " + target.get() : "");
            Optional<ChatWidget> before = target.flatMap(id -> gateway.get(LOCATION, id).toJavaOptional());

            Either<ChatWidgetError, ?> result = action.run(fake, LOCATION, made);

            expectOutcome(at, action, target, before, result);
            if (result.isRight() && result.get() instanceof ChatWidget written && !made.contains(written.id())) {
                made.add(written.id());
                if (!written.deleted()) {
                    live.add(written.id());
                }
            }
            if (result.isRight() && action instanceof WidgetAction.Delete) {
                live.remove(target.orElseThrow());
            }
            expectInvariants(at, gateway, made, live);
        }
    }

    /** Writes succeed on live widgets; the only refusals are 404 for deleted targets and un-defaulting the default. */
    private static void expectOutcome(String at, WidgetAction action, Optional<WidgetId> target,
                                      Optional<ChatWidget> before, Either<ChatWidgetError, ?> result) {
        if (target.isPresent() && before.isEmpty()) {
            assertThat(result.isLeft() ? result.getLeft() : result.get()).as("%s: a deleted target", at)
                    .isInstanceOf(NotFound.class);
            return;
        }
        boolean undefaulting = before.map(ChatWidget::isDefault).orElse(false)
                && action.asksDefault().equals(Optional.of(false));
        boolean otherType = before.map(w -> !w.chatType().isWritable()).orElse(false)
                && !(action instanceof WidgetAction.Delete);
        if (undefaulting || otherType) {
            assertThat(result.isLeft() ? result.getLeft() : result.get())
                    .as("%s: %s", at, otherType ? "a write to a stored widget of another type" : "un-defaulting the default")
                    .isInstanceOf(Invalid.class);
        } else {
            assertThat(result.isRight()).as("%s should succeed, but got %s", at, result).isTrue();
        }
    }

    private static void expectInvariants(String at, ChatWidgetGateway gateway, List<WidgetId> made,
                                         Set<WidgetId> live) {
        List<WidgetSummary> listed = new ArrayList<>();
        ListQuery query = ListQuery.of(LOCATION).withLimit(3);
        Page<WidgetSummary> page;
        do {
            page = gateway.list(query.withOffset(listed.size())).get();
            assertThat(page.totalCount()).as("%s: totalCount", at).isEqualTo(live.size());
            listed.addAll(page.items());
        } while (!page.items().isEmpty());

        assertThat(listed).extracting(WidgetSummary::id).as("%s: listed ids are the live widgets", at)
                .containsExactlyInAnyOrderElementsOf(live);
        assertThat(listed.stream().filter(WidgetSummary::isDefault).count())
                .as("%s: defaults among %d live widgets: %s", at, live.size(), listed)
                .isEqualTo(live.isEmpty() ? 0 : 1);
        for (WidgetSummary item : listed) {
            assertThat(gateway.get(LOCATION, item.id()).map(ChatWidget::summary).getOrNull())
                    .as("%s: get of listed %s", at, item.id()).isEqualTo(item);
        }
        for (WidgetId id : made) {
            if (!live.contains(id)) {
                assertThat(gateway.get(LOCATION, id).isLeft()).as("%s: get of deleted %s", at, id).isTrue();
            }
        }
    }

    @Provide
    Arbitrary<List<WidgetAction>> scripts() {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 7);
        Arbitrary<Optional<Boolean>> isDefault = Arbitraries.of(true, false).optional(0.6);
        Arbitrary<WidgetAction> create = Combinators.combine(Arbitraries.of(false, true), isDefault)
                .as(WidgetAction.Create::new);
        Arbitrary<WidgetAction> replace = Combinators.combine(index, isDefault).as(WidgetAction.Replace::new);
        Arbitrary<WidgetAction> patch = Combinators.combine(index, isDefault, Arbitraries.of(false, true))
                .as(WidgetAction.Patch::new);
        Arbitrary<WidgetAction> delete = index.map(WidgetAction.Delete::new);
        Arbitrary<WidgetAction> clone = index.map(WidgetAction.Clone::new);
        Arbitrary<WidgetAction> seed = Combinators.combine(Arbitraries.integers().between(0, 6),
                Arbitraries.of(false, true), Arbitraries.of(false, true)).as(WidgetAction.Seed::new);
        return Arbitraries.frequencyOf(Tuple.of(4, create), Tuple.of(2, replace), Tuple.of(2, patch),
                Tuple.of(3, delete), Tuple.of(2, clone), Tuple.of(1, seed)).list().ofMaxSize(30);
    }
}
