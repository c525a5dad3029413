package dev.chatwidget.core.domain.json;

/** JSON {@code null}; in a merge patch it removes a key. */
public enum JsonNull implements JsonValue {
    INSTANCE;

    @Override
    public Object toJava() {
        return null;
    }

    @Override
    public String toJson() {
        return "null";
    }

    @Override
    public String toString() {
        return toJson();
    }
}
