package dev.chatwidget.adapter.inmemory;

import static dev.chatwidget.adapter.inmemory.DemoLocation.array;
import static dev.chatwidget.adapter.inmemory.DemoLocation.object;

import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.json.JsonString;
import dev.chatwidget.core.domain.settings.Position;
import dev.chatwidget.core.domain.settings.PromptType;
import dev.chatwidget.core.domain.settings.ThemeName;
import dev.chatwidget.core.domain.settings.WidgetLocale;
import dev.chatwidget.core.domain.settings.WidgetPlacement;
import dev.chatwidget.core.domain.settings.WidgetSettings;

/** The demo widgets' settings, shaped like the service's {@code WidgetSettingsDTO}. */
final class DemoSettings {

    private DemoSettings() {
    }

    static WidgetSettings liveChat() {
        return WidgetSettings.of(base("Hi there! Have a question?", "We're here to help. Chat with us now.",
                "#155EEF", Position.BOTTOM_RIGHT.wireValue())
                .with("advanceSettings", object(
                        "businessOfficeHours", officeHours(),
                        "contactFormOptions", array(
                                field("Name", "name", "TEXT", "full_name", true),
                                field("Email", "email", "EMAIL", "email", true),
                                field("Phone", "phone", "PHONE", "phone", false)),
                        "redirect", object("enable", false, "url", ""),
                        "allowAttachments", true)));
    }

    static WidgetSettings emailChat() {
        return WidgetSettings.of(base("Email our support team", "We usually answer within one business day.",
                "#0E9384", Position.BOTTOM_RIGHT.wireValue())
                .with("thankYouMsg", new JsonString("Thanks! We'll email you soon."))
                .with("advanceSettings", object("contactFormOptions", array(
                        field("Email", "email", "EMAIL", "email", true),
                        field("Message", "message", "LARGE_TEXT", "message", true)))));
    }

    static WidgetSettings waChat() {
        return WidgetSettings.of(base("Chat with sales on WhatsApp", "Tap to start a conversation.", "#25D366",
                Position.BOTTOM_LEFT.wireValue())
                .with("advanceSettings", object("whatsApp", object("phoneNumber", "+15555550142",
                        "preFilledMessage", "Hi! I'd like to know more about your plans."))));
    }

    static WidgetSettings voiceAiChat(String agentId) {
        return WidgetSettings.of(base("Talk to our receptionist", "Our AI assistant answers 24/7.", "#7A5AF8",
                Position.BOTTOM_RIGHT.wireValue())
                .with("advanceSettings", object(
                        "voiceAiAgent", object("id", agentId, "name", "Front Desk", "voice", "alloy"),
                        "allowVoiceNotes", true,
                        "addSupportingText", true,
                        "supportingText", "Ask about opening hours or book a visit.",
                        "businessOfficeHours", officeHours())));
    }

    static WidgetSettings allInOne() {
        return WidgetSettings.of(base("How would you like to reach us?", "Chat, WhatsApp or Messenger.",
                "#DD2590", Position.MIDDLE_RIGHT.wireValue())
                .with("advanceSettings", object(
                        "allInOneChatTypes", array("liveChat", "waChat", "facebookChat"))));
    }

    static WidgetSettings facebookChat() {
        return WidgetSettings.of(base("Message us on Facebook", "We reply in a few minutes.", "#1877F2",
                Position.BOTTOM_RIGHT.wireValue())
                .with("advanceSettings", object("fbPage", object("id", "104233558812345", "name",
                        "Acme Dental Studio"))));
    }

    /** The fields every demo widget has, with values of the current (2026-08-25) schema. */
    private static JsonObject base(String heading, String subHeading, String color, String position) {
        return object(
                "heading", heading,
                "subHeading", subHeading,
                "promptMsg", "Hi, how can we help you today?",
                "legalMsg", "By chatting, you agree to receive messages at the contact details provided.",
                "showPrompt", true,
                "showConsentCheckbox", true,
                "allowAvatarImage", true,
                "locale", WidgetLocale.EN_US.wireValue(),
                "promptType", PromptType.AVATAR.wireValue(),
                "widgetPrimaryColor", color,
                "widgetPlacement", WidgetPlacement.STICKY.wireValue(),
                "theme", object("name", ThemeName.CUSTOM.wireValue(),
                        "colors", object("primary", color, "background", "#FFFFFF"),
                        "typography", object("fontFamily", "Inter", "colors", object("heading", "#101828",
                                "body", "#475467"))),
                "dimensions", object("position", position, "sizes", object("width", 376, "height", 600)),
                "acknowledgementDetails", object("enabled", true, "message",
                        "Thanks for reaching out! A team member will reply shortly."));
    }

    private static JsonObject officeHours() {
        return object("enableBusinessHours", true, "timezone", "America/New_York", "openHours", array(
                object("daysOfTheWeek", array(1, 2, 3, 4, 5),
                        "hours", array(object("openHour", 9, "openMinute", 0, "closeHour", 17, "closeMinute", 0))),
                object("daysOfTheWeek", array(6),
                        "hours", array(object("openHour", 10, "openMinute", 0, "closeHour", 14, "closeMinute", 0)))));
    }

    private static JsonObject field(String label, String value, String dataType, String fieldKey, boolean required) {
        return object("label", label, "value", value, "dataType", dataType, "fieldKey", fieldKey,
                "required", required);
    }
}
