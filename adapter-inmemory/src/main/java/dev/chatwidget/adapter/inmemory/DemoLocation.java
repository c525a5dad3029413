package dev.chatwidget.adapter.inmemory;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.CreationSource;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.json.JsonValue;
import dev.chatwidget.core.domain.settings.WidgetSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A realistic demo location in one call: widgets of six chat types (one the default, one soft-deleted) with
 * settings like the service's, so a new user sees the model's rules at work. Ids and timestamps are fixed, so the
 * same ids work in every run: {@code demoLiveChat00000001} is the default.
 */
public final class DemoLocation {

    /** The demo location's id: {@code demo}. */
    public static final LocationId ID = LocationId.of("demo");

    public static final WidgetId WEBSITE_LIVE_CHAT = WidgetId.of("demoLiveChat00000001");
    public static final WidgetId SUPPORT_EMAIL = WidgetId.of("demoEmailChat0000002");
    public static final WidgetId WHATSAPP_SALES = WidgetId.of("demoWaChat0000000003");
    public static final WidgetId VOICE_RECEPTIONIST = WidgetId.of("demoVoiceAiChat00004");
    public static final WidgetId ALL_IN_ONE = WidgetId.of("demoAllInOneChat0005");
    public static final WidgetId FACEBOOK_PAGE = WidgetId.of("demoFacebookChat0006");
    public static final WidgetId OLD_PROMO = WidgetId.of("demoLiveChat00000007");

    /** The voice AI agent the voiceAiChat widget talks through (for the {@code voiceAiAgentId} filter). */
    public static final String VOICE_AI_AGENT_ID = "agentFrontDesk01";

    private static final Instant FIRST = Instant.parse("2025-03-03T09:15:00Z");

    private DemoLocation() {
    }

    /** Seeds the demo location into {@code fake} and returns the stored widgets, deleted one included. */
    public static List<ChatWidget> seed(InMemoryFake fake) {
        List<ChatWidget> seeded = new ArrayList<>();
        for (SeedWidget widget : widgets()) {
            seeded.add(fake.seed(widget));
        }
        return List.copyOf(seeded);
    }

    /** The demo's widgets, oldest first, as seeds (to store elsewhere, e.g. in a fake server). */
    public static List<SeedWidget> widgets() {
        return List.of(
                widget(WEBSITE_LIVE_CHAT, ChatType.LIVE_CHAT, "Website Live Chat", 0, DemoSettings.liveChat())
                        .asDefault(),
                widget(SUPPORT_EMAIL, ChatType.EMAIL_CHAT, "Support Email", 2, DemoSettings.emailChat())
                        .withCreationSource(CreationSource.PUBLIC_API.wireValue()),
                widget(WHATSAPP_SALES, ChatType.WA_CHAT, "WhatsApp Sales", 5, DemoSettings.waChat()),
                widget(VOICE_RECEPTIONIST, ChatType.VOICE_AI_CHAT, "Voice AI Receptionist", 9,
                        DemoSettings.voiceAiChat(VOICE_AI_AGENT_ID)),
                widget(ALL_IN_ONE, ChatType.ALL_IN_ONE_CHAT, "All-in-one Messenger", 14, DemoSettings.allInOne())
                        .withCreationSource(CreationSource.SNAPSHOT.wireValue()),
                widget(FACEBOOK_PAGE, ChatType.FACEBOOK_CHAT, "Facebook Page Chat", 20, DemoSettings.facebookChat()),
                widget(OLD_PROMO, ChatType.LIVE_CHAT, "Spring Promo 2024 (retired)", 27, DemoSettings.liveChat())
                        .asDeleted());
    }

    private static SeedWidget widget(WidgetId id, ChatType type, String name, int day, WidgetSettings settings) {
        return SeedWidget.of(ID, type, name).withId(id).withSettings(settings)
                .withCreatedAt(FIRST.plusSeconds(day * 86_400L + day * 97L))
                .withCreationSource(CreationSource.CHAT_WIDGET.wireValue()).withUpdatedBy("demoUser000000000001");
    }

    /** A JSON object from alternating keys and plain values (maps, lists, strings, numbers, booleans). */
    static JsonObject object(Object... keysAndValues) {
        JsonObject.Builder builder = JsonObject.builder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            builder.put((String) keysAndValues[i], JsonValue.of(keysAndValues[i + 1]));
        }
        return builder.build();
    }

    static List<Object> array(Object... values) {
        return Arrays.asList(values);
    }
}
