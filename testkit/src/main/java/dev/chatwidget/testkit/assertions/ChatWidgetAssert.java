package dev.chatwidget.testkit.assertions;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.json.JsonValue;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a {@link ChatWidget}: {@code assertThat(widget).isDefault().hasChatType(LIVE_CHAT)}. */
public final class ChatWidgetAssert extends AbstractAssert<ChatWidgetAssert, ChatWidget> {

    ChatWidgetAssert(ChatWidget actual) {
        super(actual, ChatWidgetAssert.class);
    }

    public ChatWidgetAssert isDefault() {
        isNotNull();
        if (!actual.isDefault()) {
            failWithMessage("Expected widget %s (%s) to be its location's default, but it is not", actual.id(), actual.name());
        }
        return this;
    }

    public ChatWidgetAssert isNotDefault() {
        isNotNull();
        if (actual.isDefault()) {
            failWithMessage("Expected widget %s (%s) not to be the default, but it is", actual.id(), actual.name());
        }
        return this;
    }

    public ChatWidgetAssert hasChatType(ChatType expected) {
        isNotNull();
        if (!actual.chatType().equals(expected)) {
            failWithMessage("Expected widget %s to have chatType %s but was %s", actual.id(), expected, actual.chatType());
        }
        return this;
    }

    public ChatWidgetAssert hasName(String expected) {
        isNotNull();
        if (!actual.name().equals(expected)) {
            failWithMessage("Expected widget %s to be named <%s> but was <%s>", actual.id(), expected, actual.name());
        }
        return this;
    }

    public ChatWidgetAssert hasId(WidgetId expected) {
        isNotNull();
        if (!actual.id().equals(expected)) {
            failWithMessage("Expected widget id %s but was %s", expected, actual.id());
        }
        return this;
    }

    public ChatWidgetAssert isDeleted() {
        isNotNull();
        if (!actual.deleted()) {
            failWithMessage("Expected widget %s to be deleted, but it is live", actual.id());
        }
        return this;
    }

    public ChatWidgetAssert isLive() {
        isNotNull();
        if (actual.deleted()) {
            failWithMessage("Expected widget %s to be live, but it is deleted", actual.id());
        }
        return this;
    }

    public ChatWidgetAssert hasOriginId(WidgetId expected) {
        isNotNull();
        if (!actual.originId().equals(Optional.of(expected))) {
            failWithMessage("Expected widget %s to have originId %s but was %s", actual.id(), expected,
                    actual.originId().map(WidgetId::value).orElse("<none>"));
        }
        return this;
    }

    /** The top-level settings key has the given value (plain Java values are converted to JSON). */
    public ChatWidgetAssert hasSetting(String key, Object expected) {
        isNotNull();
        JsonValue want = JsonValue.of(expected);
        Optional<JsonValue> got = actual.settings().get(key);
        if (!got.equals(Optional.of(want))) {
            failWithMessage("Expected widget %s to have settings.%s = %s but was %s", actual.id(), key, want.toJson(),
                    got.map(JsonValue::toJson).orElse("<absent>"));
        }
        return this;
    }

    public ChatWidgetAssert hasNoSetting(String key) {
        isNotNull();
        if (actual.settings().get(key).isPresent()) {
            failWithMessage("Expected widget %s to have no settings.%s but it is %s", actual.id(), key,
                    actual.settings().get(key).get().toJson());
        }
        return this;
    }
}
