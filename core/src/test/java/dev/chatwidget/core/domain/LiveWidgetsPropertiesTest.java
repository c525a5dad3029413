package dev.chatwidget.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.json.JsonArray;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.json.JsonString;
import dev.chatwidget.core.domain.json.JsonValue;
import dev.chatwidget.core.domain.rules.ListFilter;
import dev.chatwidget.core.domain.rules.ListOrder;
import dev.chatwidget.core.domain.settings.WidgetSettings;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The indexed list (order-statistic trees per chat type, voice AI agent and creation source) returns exactly what a naive filter and sort over the
 * location's stored widgets returns: same items, same order, same totalCount, for any mix of widgets, edits and
 * queries.
 */
class LiveWidgetsPropertiesTest {

    private static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");
    private static final LocationId LOCATION = LocationId.of("loc");
    private static final List<ChatType> TYPES = List.of(ChatType.LIVE_CHAT, ChatType.WA_CHAT, ChatType.EMAIL_CHAT,
            ChatType.ALL_IN_ONE_CHAT, ChatType.VOICE_AI_CHAT, ChatType.FACEBOOK_CHAT, ChatType.INSTAGRAM_CHAT,
            ChatType.of("smsChat"), ChatType.of("tiktokChat"));
    private static final List<String> AGENTS = List.of("a1", "a2");
    private static final List<CreationSource> SOURCES = List.of(CreationSource.CHAT_WIDGET,
            CreationSource.PUBLIC_API, CreationSource.of("import-2027"));
    private static final List<String> BUNDLES = List.of("waChat", "webChat", "liveChat", "voiceAiChat");

    /** A widget to seed (an id may repeat: the seed then replaces it, possibly with another type and time). */
    record Seed(int id, int type, int second, int agent, int bundle, boolean deleted, int source) {
    }

    /**
     * An edit after seeding: 0 delete, 1 patch to liveChat, 2 patch to emailChat, 3 make default, 4 move to voice
     * AI agent a1.
     */
    record Edit(int id, int kind) {
    }

    record Query(int chatType, int exclude, boolean agent, int bundle, int offset, int limit, int source) {
    }

    @Provide
    Arbitrary<List<Seed>> seeds() {
        return Combinators.combine(Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 8),
                Arbitraries.integers().between(0, 15), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 9).map(n -> n == 0),
                Arbitraries.integers().between(0, SOURCES.size()))
                .as(Seed::new).list().ofMaxSize(80);
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        return Combinators.combine(Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 4))
                .as(Edit::new).list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<List<Query>> queries() {
        return Combinators.combine(Arbitraries.integers().between(0, 10), Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 3).map(n -> n == 0), Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 70), Arbitraries.integers().between(1, 25),
                Arbitraries.integers().between(0, 2 * SOURCES.size() + 1))
                .as(Query::new).list().ofMinSize(1).ofMaxSize(20);
    }

    @Property(tries = 400)
    void indexed_list_equals_naive_filter_and_sort(@ForAll("seeds") List<Seed> seeds,
                                                   @ForAll("edits") List<Edit> edits,
                                                   @ForAll("queries") List<Query> queries) {
        Set<WidgetId> ids = new LinkedHashSet<>();
        LocationWidgets state = build(seeds, edits, ids);
        for (Query q : queries) {
            assertListsLikeNaiveFilter(state, ids, query(q));
        }
        assertThat(state.liveWidgets()).containsExactlyElementsOf(ids.stream().map(state::stored)
                .flatMap(Optional::stream).filter(ChatWidget::isLive).sorted(ListOrder.COMPARATOR).toList());
    }

    /** The location after seeding {@code seeds} and applying {@code edits}; collects every id seeded in {@code ids}. */
    static LocationWidgets build(List<Seed> seeds, List<Edit> edits, Set<WidgetId> ids) {
        LocationWidgets state = LocationWidgets.empty(LOCATION);
        for (Seed s : seeds) {
            state = state.seed(widget(s)).after();
            ids.add(id(s.id()));
        }
        Instant now = EPOCH.plusSeconds(1000);
        for (Edit e : edits) {
            WidgetId id = id(e.id());
            var next = switch (e.kind()) {
                case 0 -> state.delete(id, now);
                case 1 -> state.patch(id, WidgetUpdate.none().withChatType(ChatType.LIVE_CHAT), now);
                case 2 -> state.patch(id, WidgetUpdate.none().withChatType(ChatType.EMAIL_CHAT), now);
                case 3 -> state.patch(id, WidgetUpdate.none().withDefault(true), now);
                default -> state.patch(id, WidgetUpdate.none().withSettings(WidgetSettings.of(JsonObject.builder()
                        .put("advanceSettings", JsonObject.builder().put("voiceAiAgent", JsonObject.builder()
                                .put("id", "a1").build()).build()).build())), now);
            };
            state = next.map(LocationWidgets.Change::after).getOrElse(state);
        }
        return state;
    }

    /** The page and totalCount are those of a naive filter and sort over every stored widget. */
    static void assertListsLikeNaiveFilter(LocationWidgets state, Set<WidgetId> ids, ListQuery query) {
        List<ChatWidget> matches = ids.stream().map(state::stored).flatMap(Optional::stream)
                .filter(ListFilter.of(query)).sorted(ListOrder.COMPARATOR).toList();
        Page<WidgetSummary> page = state.list(query);
        assertThat(page.totalCount()).as("totalCount of %s", query).isEqualTo(matches.size());
        assertThat(page.items()).as("items of %s", query).containsExactlyElementsOf(matches.stream()
                .skip(query.offset()).limit(query.limit()).map(ChatWidget::summary).toList());
    }

    static ListQuery query(Query q) {
        ListQuery query = ListQuery.of(LOCATION).withOffset(q.offset()).withLimit(q.limit());
        if (q.chatType() < TYPES.size()) {
            query = query.withChatType(TYPES.get(q.chatType()));
        } else if (q.chatType() == TYPES.size()) {
            query = query.withChatType(ChatTypeFilter.WEB_CHAT);
        }
        if (q.exclude() < TYPES.size()) {
            query = query.withExcludeChatType(TYPES.get(q.exclude()));
        }
        if (q.agent()) {
            query = query.withVoiceAiAgentId("a1");
        }
        if (q.source() < SOURCES.size()) {
            query = query.withCreationSource(SOURCES.get(q.source()));
        } else if (q.source() < 2 * SOURCES.size()) {
            query = query.withExcludeCreationSource(SOURCES.get(q.source() - SOURCES.size()));
        }
        if (q.bundle() < BUNDLES.size()) {
            query = query.withAllInOneChatTypes(List.of(ChatTypeFilter.of(BUNDLES.get(q.bundle()))));
        }
        return query;
    }

    private static WidgetId id(int n) {
        return WidgetId.of("w" + n);
    }

    private static ChatWidget widget(Seed s) {
        JsonObject.Builder advance = JsonObject.builder();
        if (s.agent() < AGENTS.size()) {
            advance.put("voiceAiAgent", JsonObject.builder().put("id", AGENTS.get(s.agent())).build());
        }
        if (s.bundle() < BUNDLES.size()) {
            advance.put("allInOneChatTypes", new JsonArray(List.<JsonValue>of(new JsonString(BUNDLES.get(s.bundle())))));
        }
        WidgetSettings settings = WidgetSettings.of(JsonObject.builder().put("advanceSettings", advance.build()).build());
        Instant created = EPOCH.plusSeconds(s.second());
        return new ChatWidget(id(s.id()), LOCATION, 3, TYPES.get(s.type()), "widget " + s.id(), s.deleted(), false,
                settings, s.source() < SOURCES.size() ? Optional.of(SOURCES.get(s.source()).wireValue()) : Optional.empty(),
                Optional.empty(), Optional.empty(), created, created);
    }
}
