package dev.chatwidget.core.domain.json;

/** JSON {@code true} or {@code false}. */
public enum JsonBoolean implements JsonValue {
    TRUE, FALSE;

    public static JsonBoolean of(boolean value) {
        return value ? TRUE : FALSE;
    }

    public boolean value() {
        return this == TRUE;
    }

    @Override
    public Object toJava() {
        return value();
    }

    @Override
    public String toJson() {
        return value() ? "true" : "false";
    }

    @Override
    public String toString() {
        return toJson();
    }
}
