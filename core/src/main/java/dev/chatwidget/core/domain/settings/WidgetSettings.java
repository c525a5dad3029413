package dev.chatwidget.core.domain.settings;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.json.JsonBoolean;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.json.JsonString;
import dev.chatwidget.core.domain.json.JsonValue;
import dev.chatwidget.core.domain.json.MergePatch;
import java.util.Objects;
import java.util.Optional;

/**
 * A widget's settings: typed access to the documented fields over the JSON object the service sent. Lossless by
 * construction: every read is a view and every {@code with...} copies the whole object, so keys and values this
 * library does not know (at any depth) survive a read-modify-write untouched.
 */
public record WidgetSettings(JsonObject json) {

    public static final WidgetSettings EMPTY = new WidgetSettings(JsonObject.EMPTY);

    public WidgetSettings {
        Objects.requireNonNull(json, "json");
    }

    public static WidgetSettings of(JsonObject json) {
        return new WidgetSettings(json);
    }

    public boolean isEmpty() {
        return json.isEmpty();
    }

    // Texts
    public Optional<String> heading() {
        return json.string("heading");
    }

    public Optional<String> subHeading() {
        return json.string("subHeading");
    }

    public Optional<String> promptMsg() {
        return json.string("promptMsg");
    }

    public Optional<String> legalMsg() {
        return json.string("legalMsg");
    }

    public Optional<String> thankYouMsg() {
        return json.string("thankYouMsg");
    }

    // Flags
    public Optional<Boolean> showPrompt() {
        return json.bool("showPrompt");
    }

    public Optional<Boolean> showConsentCheckbox() {
        return json.bool("showConsentCheckbox");
    }

    public Optional<Boolean> allowAvatarImage() {
        return json.bool("allowAvatarImage");
    }

    // Enum fields are open values: a value added by the service after this release is kept as read.
    public Optional<WidgetLocale> locale() {
        return json.string("locale").filter(v -> !v.isBlank()).map(WidgetLocale::of);
    }

    public Optional<PromptType> promptType() {
        return json.string("promptType").filter(v -> !v.isBlank()).map(PromptType::of);
    }

    /** {@code settings.chatType}: the documented values are liveChat and emailChat. */
    public Optional<ChatType> chatType() {
        return json.string("chatType").filter(v -> !v.isBlank()).map(ChatType::of);
    }

    /** How the widget's script loads; the values are not documented. */
    public Optional<String> loadStrategy() {
        return json.string("loadStrategy");
    }

    public Optional<String> widgetPrimaryColor() {
        return json.string("widgetPrimaryColor");
    }

    public Optional<WidgetPlacement> widgetPlacement() {
        return json.string("widgetPlacement").filter(v -> !v.isBlank()).map(WidgetPlacement::of);
    }

    // Icons may be any JSON type since the 2026-08-25 schema change.
    public Optional<JsonValue> chatIcon() {
        return json.get("chatIcon");
    }

    public Optional<JsonValue> icon() {
        return json.get("icon");
    }

    public Optional<JsonValue> liveChatIcon() {
        return json.get("liveChatIcon");
    }

    // Nested objects
    public Optional<Theme> theme() {
        return json.object("theme").map(Theme::new);
    }

    public Optional<Dimensions> dimensions() {
        return json.object("dimensions").map(Dimensions::new);
    }

    public Optional<AcknowledgementDetails> acknowledgementDetails() {
        return json.object("acknowledgementDetails").map(AcknowledgementDetails::new);
    }

    public Optional<AdvanceSettings> advanceSettings() {
        return json.object("advanceSettings").map(AdvanceSettings::new);
    }

    /** Any field by name, documented or not. */
    public Optional<JsonValue> get(String key) {
        return json.get(key);
    }

    // Copies with one field changed; everything else is kept as it was.
    public WidgetSettings with(String key, JsonValue value) {
        return new WidgetSettings(json.with(key, value));
    }

    public WidgetSettings without(String key) {
        return new WidgetSettings(json.without(key));
    }

    public WidgetSettings withHeading(String heading) {
        return with("heading", new JsonString(heading));
    }

    public WidgetSettings withSubHeading(String subHeading) {
        return with("subHeading", new JsonString(subHeading));
    }

    public WidgetSettings withPromptMsg(String promptMsg) {
        return with("promptMsg", new JsonString(promptMsg));
    }

    public WidgetSettings withLocale(WidgetLocale locale) {
        return with("locale", new JsonString(locale.wireValue()));
    }

    public WidgetSettings withPromptType(PromptType promptType) {
        return with("promptType", new JsonString(promptType.wireValue()));
    }

    public WidgetSettings withWidgetPlacement(WidgetPlacement placement) {
        return with("widgetPlacement", new JsonString(placement.wireValue()));
    }

    public WidgetSettings withWidgetPrimaryColor(String color) {
        return with("widgetPrimaryColor", new JsonString(color));
    }

    public WidgetSettings withShowPrompt(boolean showPrompt) {
        return with("showPrompt", JsonBoolean.of(showPrompt));
    }

    public WidgetSettings withTheme(Theme theme) {
        return with("theme", theme.json());
    }

    public WidgetSettings withDimensions(Dimensions dimensions) {
        return with("dimensions", dimensions.json());
    }

    public WidgetSettings withAcknowledgementDetails(AcknowledgementDetails details) {
        return with("acknowledgementDetails", details.json());
    }

    public WidgetSettings withAdvanceSettings(AdvanceSettings advanceSettings) {
        return with("advanceSettings", advanceSettings.json());
    }

    /** RFC 7386 merge of {@code patch} into these settings: objects merge, {@code null} removes a key. */
    public WidgetSettings merge(WidgetSettings patch) {
        return new WidgetSettings(MergePatch.applyToObject(json, patch.json()));
    }

    @Override
    public String toString() {
        return json.toJson();
    }
}
