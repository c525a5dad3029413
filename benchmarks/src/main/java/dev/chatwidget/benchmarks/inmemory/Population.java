package dev.chatwidget.benchmarks.inmemory;

import dev.chatwidget.adapter.inmemory.InMemoryFake;
import dev.chatwidget.adapter.inmemory.SeedWidget;
import dev.chatwidget.benchmarks.fixture.WidgetFixture;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.settings.WidgetSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Seeds a fake with a realistic mix of widgets: every stored chat type (one unknown to this library too), the
 * fixture's full settings, distinct creation times. One widget in ten has the voice agent {@link #AGENT}.
 */
final class Population {

    static final String AGENT = "agent-7Qm2";
    static final ChatType UNKNOWN_TYPE = ChatType.of("smsChat");

    /** Out of 20: liveChat 8, emailChat 3, waChat 2, facebookChat 2, instagramChat 2, allInOne, voiceAi, unknown. */
    private static final ChatType[] MIX = {
        ChatType.LIVE_CHAT, ChatType.LIVE_CHAT, ChatType.LIVE_CHAT, ChatType.LIVE_CHAT,
        ChatType.LIVE_CHAT, ChatType.LIVE_CHAT, ChatType.LIVE_CHAT, ChatType.LIVE_CHAT,
        ChatType.EMAIL_CHAT, ChatType.EMAIL_CHAT, ChatType.EMAIL_CHAT, ChatType.WA_CHAT, ChatType.WA_CHAT,
        ChatType.FACEBOOK_CHAT, ChatType.FACEBOOK_CHAT, ChatType.INSTAGRAM_CHAT, ChatType.INSTAGRAM_CHAT,
        ChatType.ALL_IN_ONE_CHAT, ChatType.VOICE_AI_CHAT, UNKNOWN_TYPE,
    };

    static final WidgetSettings SETTINGS = WidgetFixture.coreSettings();
    static final WidgetSettings OTHER_AGENT_SETTINGS = withAgent(SETTINGS, "agent-other");

    private static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");

    private Population() {
    }

    static LocationId location(int index) {
        return LocationId.of(String.format(java.util.Locale.ROOT, "loc%017d", index));
    }

    /** Seeds {@code count} widgets into {@code location}; returns their ids in random order. */
    static List<WidgetId> seed(InMemoryFake fake, LocationId location, int count, int salt) {
        List<WidgetId> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ChatType type = MIX[i % MIX.length];
            WidgetSettings settings = i % 10 == 3 ? SETTINGS : OTHER_AGENT_SETTINGS;
            ChatWidget w = fake.seed(SeedWidget.of(location, type, "Widget " + i)
                    .withSettings(settings)
                    .withCreationSource("benchmark")
                    .withCreatedAt(EPOCH.plusMillis(i)));
            ids.add(w.id());
        }
        Collections.shuffle(ids, new Random(42 + salt));
        return ids;
    }

    /** How many of {@code count} seeded widgets have the voice agent {@link #AGENT}. */
    static int withAgent(int count) {
        return count / 10 + (count % 10 > 3 ? 1 : 0);
    }

    static int matching(int count, ChatType type) {
        int perCycle = 0;
        for (ChatType t : MIX) {
            perCycle += t.equals(type) ? 1 : 0;
        }
        int full = count / MIX.length * perCycle;
        for (int i = 0; i < count % MIX.length; i++) {
            full += MIX[i].equals(type) ? 1 : 0;
        }
        return full;
    }

    private static WidgetSettings withAgent(WidgetSettings settings, String agent) {
        JsonObject advance = settings.json().object("advanceSettings").orElse(JsonObject.EMPTY);
        JsonObject voice = advance.object("voiceAiAgent").orElse(JsonObject.EMPTY).with("id",
                new dev.chatwidget.core.domain.json.JsonString(agent));
        return settings.with("advanceSettings", advance.with("voiceAiAgent", voice));
    }
}
