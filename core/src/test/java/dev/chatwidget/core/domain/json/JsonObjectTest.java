package dev.chatwidget.core.domain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The immutable, order-keeping JSON object that carries settings. */
class JsonObjectTest {

    private final JsonObject object = TestJson.object("""
            {"s":"text","b":true,"n":1.25,"o":{"k":1},"a":[1],"z":null}""");

    @Test
    void typed_getters_answer_only_for_values_of_their_type() {
        assertThat(object.string("s")).contains("text");
        assertThat(object.bool("b")).contains(true);
        assertThat(object.number("n")).contains(new BigDecimal("1.25"));
        assertThat(object.object("o")).contains(TestJson.object("{\"k\":1}"));
        assertThat(object.array("a")).contains(JsonArray.of(JsonNumber.of(1)));
        assertThat(object.string("b")).isEmpty();
        assertThat(object.bool("s")).isEmpty();
        assertThat(object.number("o")).isEmpty();
        assertThat(object.object("a")).isEmpty();
        assertThat(object.array("z")).isEmpty();
        assertThat(object.get("missing")).isEmpty();
        assertThat(object.get("z")).contains(JsonNull.INSTANCE);
        assertThat(object.has("z")).isTrue();
        assertThat(object.has("missing")).isFalse();
    }

    @Test
    void with_replaces_a_key_in_place_and_appends_a_new_one() {
        assertThat(object.with("b", JsonBoolean.FALSE).toJson())
                .isEqualTo("{\"s\":\"text\",\"b\":false,\"n\":1.25,\"o\":{\"k\":1},\"a\":[1],\"z\":null}");
        assertThat(object.with("new", new JsonString("v")).members().keySet())
                .containsExactly("s", "b", "n", "o", "a", "z", "new");
        assertThat(object.bool("b")).contains(true);
    }

    @Test
    void without_removes_only_that_key() {
        assertThat(object.without("o").members().keySet()).containsExactly("s", "b", "n", "a", "z");
        assertThat(object.without("missing")).isSameAs(object);
    }

    @Test
    void members_are_a_copy_that_cannot_be_changed() {
        Map<String, JsonValue> source = new LinkedHashMap<>();
        source.put("a", JsonNumber.of(1));
        JsonObject copy = new JsonObject(source);
        source.put("b", JsonNumber.of(2));

        assertThat(copy.members()).containsOnlyKeys("a");
        assertThatThrownBy(() -> copy.members().put("c", JsonNull.INSTANCE))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void arrays_are_a_copy_that_cannot_be_changed() {
        List<JsonValue> source = new ArrayList<>(List.of(JsonNumber.of(1)));
        JsonArray array = new JsonArray(source);
        source.add(JsonNumber.of(2));

        assertThat(array.size()).isEqualTo(1);
        assertThat(array.get(0)).isEqualTo(JsonNumber.of(1));
        assertThatThrownBy(() -> array.values().add(JsonNull.INSTANCE)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void java_null_is_not_a_json_value_use_json_null() {
        Map<String, JsonValue> withNullValue = new HashMap<>();
        withNullValue.put("a", null);

        assertThatThrownBy(() -> new JsonObject(withNullValue)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("a");
        assertThatThrownBy(() -> JsonObject.builder().put("a", (JsonValue) null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void null_keys_are_refused_when_the_object_is_made() {
        Map<String, JsonValue> withNullKey = new HashMap<>();
        withNullKey.put(null, JsonNumber.of(1));

        assertThatThrownBy(() -> new JsonObject(withNullKey)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void equality_ignores_key_order_but_text_keeps_it() {
        JsonObject ab = TestJson.object("{\"a\":1,\"b\":2}");
        JsonObject ba = TestJson.object("{\"b\":2,\"a\":1}");

        assertThat(ab).isEqualTo(ba).hasSameHashCodeAs(ba);
        assertThat(ab.toJson()).isNotEqualTo(ba.toJson());
    }

    @Test
    void builder_puts_strings_booleans_numbers_and_values_in_order() {
        JsonObject built = JsonObject.builder().put("s", "x").put("b", true).put("n", 3L)
                .put("v", JsonArray.EMPTY).put("gone", "y").remove("gone").build();

        assertThat(built.toJson()).isEqualTo("{\"s\":\"x\",\"b\":true,\"n\":3,\"v\":[]}");
        assertThat(built.isEmpty()).isFalse();
        assertThat(JsonObject.EMPTY.isEmpty()).isTrue();
    }
}
