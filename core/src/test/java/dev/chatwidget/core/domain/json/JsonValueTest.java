package dev.chatwidget.core.domain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Converting plain Java values to JSON and back, and writing JSON text without a JSON library. */
class JsonValueTest {

    @Test
    void of_converts_plain_java_values() {
        assertThat(JsonValue.of(null)).isSameAs(JsonNull.INSTANCE);
        assertThat(JsonValue.of("x")).isEqualTo(new JsonString("x"));
        assertThat(JsonValue.of(true)).isSameAs(JsonBoolean.TRUE);
        assertThat(JsonValue.of(false)).isSameAs(JsonBoolean.FALSE);
        assertThat(JsonValue.of(42)).isEqualTo(JsonNumber.of(42));
        assertThat(JsonValue.of(42L)).isEqualTo(JsonNumber.of(42));
        assertThat(JsonValue.of(1.5d)).isEqualTo(new JsonNumber(new BigDecimal("1.5")));
        assertThat(JsonValue.of(new BigInteger("123456789012345678901234567890")).toJson())
                .isEqualTo("123456789012345678901234567890");
    }

    @Test
    void of_keeps_the_scale_of_a_big_decimal() {
        JsonValue value = JsonValue.of(new BigDecimal("1.50"));

        assertThat(value.toJson()).isEqualTo("1.50");
        assertThat(value.toJava()).isEqualTo(new BigDecimal("1.50"));
        assertThat(value).isNotEqualTo(JsonValue.of(new BigDecimal("1.5")));
        assertThat(new JsonNumber(new BigDecimal("1E+3")).toJson()).isEqualTo("1E+3");
        assertThat(new JsonNumber(new BigDecimal("-0.000120")).toJson()).isEqualTo("-0.000120");
    }

    @Test
    void of_converts_maps_and_lists_deeply_keeping_key_order() {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put("z", List.of(1, "two", Map.of("k", false)));
        map.put(7, null);
        map.put("a", Arrays.asList(null, 2.25d));

        JsonValue json = JsonValue.of(map);

        assertThat(json.toJson()).isEqualTo("{\"z\":[1,\"two\",{\"k\":false}],\"7\":null,\"a\":[null,2.25]}");
    }

    @Test
    void of_returns_a_json_value_as_it_is() {
        JsonObject object = TestJson.object("{\"a\":1}");

        assertThat(JsonValue.of(object)).isSameAs(object);
    }

    @Test
    void of_refuses_values_that_are_not_json_and_names_their_class() {
        assertThatThrownBy(() -> JsonValue.of(new Object())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Object");
        assertThatThrownBy(() -> JsonValue.of(Set.of(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonValue.of(List.of(new StringBuilder("x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("StringBuilder");
    }

    @Test
    void to_java_gives_maps_lists_strings_decimals_booleans_and_null() {
        Object java = TestJson.parse("{\"o\":{\"n\":null},\"l\":[true,\"s\",1.0]}").toJava();

        assertThat(java).isInstanceOf(LinkedHashMap.class);
        Map<?, ?> map = (Map<?, ?>) java;
        Map<?, ?> inner = (Map<?, ?>) map.get("o");
        assertThat(inner.containsKey("n")).isTrue();
        assertThat(inner.get("n")).isNull();
        assertThat(map.get("l")).isEqualTo(List.of(true, "s", new BigDecimal("1.0")));
    }

    @Test
    void to_json_escapes_quotes_backslashes_and_control_characters() {
        JsonString text = new JsonString("a\"b\\c\n\r\t\b\f\u0001\u001f");

        assertThat(text.toJson()).isEqualTo("\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u001f\"");
    }

    @Test
    void to_json_leaves_slashes_and_non_ascii_as_they_are() {
        assertThat(new JsonString("</script> é € 😀 \u007f").toJson()).isEqualTo("\"</script> é € 😀 \u007f\"");
    }

    @Test
    void to_json_escapes_every_control_character_and_reads_back_the_same_text() {
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            controls.append(c);
        }
        String text = controls + "\"\\ é 😀";

        String json = new JsonString(text).toJson();

        assertThat(json.chars().filter(c -> c < 0x20)).as("raw control characters in the JSON text").isEmpty();
        assertThat(json).startsWith("\"\\u0000\\u0001").contains("\\b\\t\\n\\u000b\\f\\r")
                .endsWith("\\u001f\\\"\\\\ é 😀\"");
        assertThat(TestJson.parse(json)).isEqualTo(new JsonString(text));
    }

    @Test
    void to_json_escapes_keys_too() {
        JsonObject object = JsonObject.builder().put("we\"ird\nkey", "v").build();

        assertThat(object.toJson()).isEqualTo("{\"we\\\"ird\\nkey\":\"v\"}");
        assertThat(TestJson.parse(object.toJson())).isEqualTo(object);
    }

    @Test
    void literals_and_arrays_write_compact_json() {
        assertThat(JsonNull.INSTANCE.toJson()).isEqualTo("null");
        assertThat(JsonNull.INSTANCE.toJava()).isNull();
        assertThat(JsonBoolean.of(true).toJson()).isEqualTo("true");
        assertThat(JsonBoolean.of(false).value()).isFalse();
        assertThat(JsonArray.EMPTY.toJson()).isEqualTo("[]");
        assertThat(JsonObject.EMPTY.toJson()).isEqualTo("{}");
        assertThat(JsonArray.of(JsonNumber.of(1), new JsonString("x"), JsonNull.INSTANCE).toString())
                .isEqualTo("[1,\"x\",null]");
    }
}
