package dev.chatwidget.core.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatTypeFilter;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.json.JsonArray;
import dev.chatwidget.core.domain.json.JsonNumber;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.json.JsonString;
import dev.chatwidget.core.domain.json.JsonValue;
import dev.chatwidget.core.domain.settings.AdvanceSettings;
import dev.chatwidget.core.domain.settings.VoiceAiAgent;
import dev.chatwidget.core.domain.settings.WidgetSettings;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The voiceAiAgentId and allInOneChatTypes filters, which read the settings JSON directly, answer exactly as the
 * typed settings views say, for settings of any shape (missing, mistyped or extra members at every level).
 */
class ListFilterPropertiesTest {

    private static final LocationId LOCATION = LocationId.of("loc");
    private static final List<String> AGENTS = List.of("a1", "a2");
    private static final List<String> BUNDLED = List.of("waChat", "webChat", "liveChat", "emailChat", "smsChat");

    @Provide
    Arbitrary<WidgetSettings> settings() {
        Arbitrary<JsonValue> id = Arbitraries.oneOf(Arbitraries.of(AGENTS).map(JsonString::new),
                Arbitraries.just(JsonNumber.of(7)));
        Arbitrary<JsonValue> voice = Arbitraries.oneOf(id.map(v -> JsonObject.builder().put("id", v).build()),
                Arbitraries.just(JsonObject.EMPTY), Arbitraries.just(new JsonString("a1")));
        Arbitrary<JsonValue> bundle = Arbitraries.oneOf(Arbitraries.of(BUNDLED).map(JsonString::new),
                Arbitraries.just(JsonNumber.of(1)));
        Arbitrary<JsonValue> bundles = Arbitraries.oneOf(bundle.list().ofMaxSize(3).map(JsonArray::new),
                Arbitraries.just(new JsonString("waChat")));
        Arbitrary<JsonObject> advance = net.jqwik.api.Combinators.combine(voice.optional(), bundles.optional())
                .as((v, b) -> {
                    JsonObject.Builder builder = JsonObject.builder();
                    v.ifPresent(x -> builder.put("voiceAiAgent", x));
                    b.ifPresent(x -> builder.put("allInOneChatTypes", x));
                    return builder.build();
                });
        return Arbitraries.oneOf(advance.map(a -> JsonObject.builder().put("advanceSettings", a).build()),
                Arbitraries.just(JsonObject.builder().put("advanceSettings", "none").build()),
                Arbitraries.just(JsonObject.EMPTY)).map(WidgetSettings::of);
    }

    @Property(tries = 500)
    void voice_agent_filter_agrees_with_the_typed_views(@ForAll("settings") WidgetSettings settings) {
        ChatWidget w = widget(ChatType.VOICE_AI_CHAT, settings);
        for (String agent : AGENTS) {
            boolean expected = settings.advanceSettings().flatMap(AdvanceSettings::voiceAiAgent)
                    .flatMap(VoiceAiAgent::id).filter(agent::equals).isPresent();
            assertThat(ListFilter.of(ListQuery.of(LOCATION).withVoiceAiAgentId(agent)).test(w)).isEqualTo(expected);
        }
    }

    @Property(tries = 500)
    void all_in_one_filter_agrees_with_the_typed_views(@ForAll("settings") WidgetSettings settings) {
        ChatWidget w = widget(ChatType.ALL_IN_ONE_CHAT, settings);
        for (String wanted : List.of("waChat", "webChat", "liveChat", "voiceAiChat")) {
            Set<ChatType> bundled = new HashSet<>();
            settings.advanceSettings().map(AdvanceSettings::allInOneChatTypes).orElse(List.of())
                    .forEach(f -> bundled.addAll(f.types()));
            bundled.retainAll(ChatTypeFilter.of(wanted).types());
            ListQuery query = ListQuery.of(LOCATION).withChatType(ChatType.ALL_IN_ONE_CHAT)
                    .withAllInOneChatTypes(List.of(ChatTypeFilter.of(wanted)));
            assertThat(ListFilter.of(query).test(w)).as("%s in %s", wanted, settings).isEqualTo(!bundled.isEmpty());
        }
    }

    private static ChatWidget widget(ChatType type, WidgetSettings settings) {
        Instant t = Instant.parse("2025-01-01T00:00:00Z");
        return new ChatWidget(WidgetId.of("w1"), LOCATION, 3, type, "w", false, false, settings, Optional.empty(),
                Optional.empty(), Optional.empty(), t, t);
    }
}
