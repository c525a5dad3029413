package dev.chatwidget.core.domain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The builder hands its map over without a copy, yet every object stays immutable. */
class JsonObjectNoCopyTest {

    @Test
    void a_builder_used_after_build_does_not_change_what_it_built() {
        JsonObject.Builder builder = JsonObject.builder().put("a", 1);
        JsonObject first = builder.build();

        builder.put("b", 2).remove("a");
        JsonObject second = builder.build();

        assertThat(first.toJson()).isEqualTo("{\"a\":1}");
        assertThat(second.toJson()).isEqualTo("{\"b\":2}");
        assertThat(builder.build()).isEqualTo(second);
    }

    @Test
    void members_are_read_only_whichever_way_the_object_was_made() {
        Map<String, JsonValue> source = new LinkedHashMap<>();
        source.put("a", JsonNumber.of(1));
        JsonObject fromMap = new JsonObject(source);
        source.put("b", JsonNumber.of(2));

        for (JsonObject object : new JsonObject[] {fromMap, JsonObject.builder().put("a", 1).build(),
                fromMap.with("c", JsonNull.INSTANCE), new JsonObject(fromMap.members())}) {
            Map<String, JsonValue> members = object.members();
            assertThatThrownBy(() -> members.put("x", JsonNull.INSTANCE))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> members.remove("a")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(members::clear).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> members.entrySet().iterator().next().setValue(JsonNull.INSTANCE))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> members.keySet().remove("a")).isInstanceOf(UnsupportedOperationException.class);
            // Refused even where nothing would change, as Collections.unmodifiableMap refuses.
            assertThatThrownBy(() -> members.remove("absent")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> members.putIfAbsent("a", JsonNull.INSTANCE))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> members.computeIfPresent("absent", (k, v) -> v))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> members.replaceAll((k, v) -> v)).isInstanceOf(UnsupportedOperationException.class);
        }
        assertThat(fromMap.toJson()).isEqualTo("{\"a\":1}");
    }

    @Test
    void objects_compare_with_plain_maps_and_keep_order() {
        JsonObject object = JsonObject.builder().put("z", 1).put("a", "x").build();
        Map<String, JsonValue> plain = new LinkedHashMap<>();
        plain.put("a", new JsonString("x"));
        plain.put("z", JsonNumber.of(1));

        assertThat(object.members()).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(object).isEqualTo(new JsonObject(plain));
        assertThat(object.members().keySet()).containsExactly("z", "a");
        assertThat(object.members().values()).containsExactly(JsonNumber.of(1), new JsonString("x"));
        assertThat(object.members().containsValue(new JsonString("x"))).isTrue();
        assertThat(object.members().containsValue(new JsonString("z"))).isFalse();
        assertThat(object.members()).hasToString("{z=1, a=\"x\"}");
        assertThat(object).hasToString("{\"z\":1,\"a\":\"x\"}");
        assertThat(object.with("z", JsonNumber.of(2)).toJson()).isEqualTo("{\"z\":2,\"a\":\"x\"}");
    }
}
