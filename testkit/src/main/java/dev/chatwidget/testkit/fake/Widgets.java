package dev.chatwidget.testkit.fake;

import dev.chatwidget.adapter.inmemory.SeedWidget;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatTypeFilter;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.settings.AdvanceSettings;
import dev.chatwidget.core.domain.settings.Dimensions;
import dev.chatwidget.core.domain.settings.Position;
import dev.chatwidget.core.domain.settings.Theme;
import dev.chatwidget.core.domain.settings.ThemeName;
import dev.chatwidget.core.domain.settings.VoiceAiAgent;
import dev.chatwidget.core.domain.settings.WidgetLocale;
import dev.chatwidget.core.domain.settings.WidgetSettings;
import java.util.List;

/**
 * Readable builders of widgets to seed:
 * {@code Widgets.waChat(location, "Support on WhatsApp").asDefault()}.
 */
public final class Widgets {

    private Widgets() {
    }

    public static SeedWidget liveChat(LocationId location, String name) {
        return SeedWidget.of(location, ChatType.LIVE_CHAT, name).withSettings(typicalSettings(name));
    }

    public static SeedWidget emailChat(LocationId location, String name) {
        return SeedWidget.of(location, ChatType.EMAIL_CHAT, name).withSettings(typicalSettings(name));
    }

    public static SeedWidget waChat(LocationId location, String name) {
        return SeedWidget.of(location, ChatType.WA_CHAT, name).withSettings(typicalSettings(name));
    }

    public static SeedWidget facebookChat(LocationId location, String name) {
        return SeedWidget.of(location, ChatType.FACEBOOK_CHAT, name).withSettings(typicalSettings(name));
    }

    public static SeedWidget instagramChat(LocationId location, String name) {
        return SeedWidget.of(location, ChatType.INSTAGRAM_CHAT, name).withSettings(typicalSettings(name));
    }

    /** A voice AI widget talking through the agent {@code agentId} (what the voiceAiAgentId filter matches). */
    public static SeedWidget voiceAiChat(LocationId location, String name, String agentId) {
        WidgetSettings settings = typicalSettings(name).withAdvanceSettings(
                new AdvanceSettings(JsonObject.EMPTY).withVoiceAiAgent(VoiceAiAgent.withId(agentId)));
        return SeedWidget.of(location, ChatType.VOICE_AI_CHAT, name).withSettings(settings);
    }

    /** An all-in-one widget bundling {@code types} (what the allInOneChatTypes filter matches). */
    public static SeedWidget allInOneChat(LocationId location, String name, List<ChatTypeFilter> types) {
        WidgetSettings settings = typicalSettings(name).withAdvanceSettings(
                new AdvanceSettings(JsonObject.EMPTY).withAllInOneChatTypes(types));
        return SeedWidget.of(location, ChatType.ALL_IN_ONE_CHAT, name).withSettings(settings);
    }

    /** A widget of a chat type this library does not know (as the service may add one day). */
    public static SeedWidget ofType(LocationId location, String chatTypeWireValue, String name) {
        return SeedWidget.of(location, ChatType.of(chatTypeWireValue), name);
    }

    /** Settings shaped like the service's: texts, a theme, dimensions. */
    public static WidgetSettings typicalSettings(String heading) {
        return WidgetSettings.EMPTY
                .withHeading(heading)
                .withSubHeading("We usually reply within minutes")
                .withPromptMsg("Hi there, have a question? Text us here.")
                .withLocale(WidgetLocale.EN_US)
                .withShowPrompt(true)
                .withWidgetPrimaryColor("#188bf6")
                .withTheme(new Theme(JsonObject.EMPTY).withName(ThemeName.BLUE))
                .withDimensions(new Dimensions(JsonObject.EMPTY).withPosition(Position.BOTTOM_RIGHT).withSize(380, 600));
    }
}
