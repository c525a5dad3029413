package dev.chatwidget.adapter.http.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatwidget.core.domain.json.JsonNumber;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.json.JsonValue;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The streaming path reads and writes settings exactly as the Jackson-tree path did (the oracle, JsonTrees). */
class JsonValueDeserializerTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "{}",
        "[]",
        "{\"a\":{},\"b\":[],\"c\":[{}],\"d\":[[]]}",
        "{\"n\":1.50,\"e\":1e5,\"E\":-2.5E-3,\"z\":-0,\"zf\":-0.0,\"i\":7,\"l\":12345678901234}",
        "{\"big\":123456789012345678901234567890,\"bigf\":1234567890.12345678901234567890,\"neg\":-9223372036854775809}",
        "{\"s\":\"caf\\u00e9 \\ud83d\\ude00 \\\"q\\\" \\\\ \\n\\t\\u0001\",\"k\\u00e9y\":\"\"}",
        "{\"a\":null,\"b\":[null,1,null],\"c\":{\"d\":null}}",
        "{\"t\":true,\"f\":false,\"mixed\":[1,\"x\",true,null,{\"y\":[2.0]}]}",
        "{\"z\":1,\"a\":2,\"m\":3,\"b\":{\"z\":1,\"a\":2}}",
        "{\"dup\":1,\"other\":2,\"dup\":3}",
        "{\"dup\":{\"a\":1},\"dup\":[1]}",
        "[1,[2,[3,[4,[5]]]]]",
        "\"just a string\"",
        "42",
        "1.50"})
    void reads_and_writes_as_the_tree_did(String json) throws Exception {
        JsonValue streamed = WireJson.MAPPER.readValue(json, JsonValue.class);
        JsonValue tree = JsonTrees.toValue(WireJson.TREE.readTree(json));

        assertThat(streamed).isEqualTo(tree);
        // Map equality ignores order: the text shows key order and number scale too.
        assertThat(streamed.toJson()).isEqualTo(tree.toJson());
        assertThat(WireJson.MAPPER.writeValueAsString(streamed))
                .isEqualTo(WireJson.MAPPER.writeValueAsString(JsonTrees.toNode(tree)));
    }

    @Test
    void deep_nesting_round_trips() throws Exception {
        int depth = 500;
        String json = "{\"a\":".repeat(depth) + "[1.50]" + "}".repeat(depth);

        JsonValue streamed = WireJson.MAPPER.readValue(json, JsonValue.class);

        assertThat(streamed).isEqualTo(JsonTrees.toValue(WireJson.TREE.readTree(json)));
        assertThat(WireJson.MAPPER.writeValueAsString(streamed)).isEqualTo(json);
    }

    @Test
    void numbers_keep_their_exact_scale_and_value() throws Exception {
        JsonObject read = (JsonObject) WireJson.MAPPER.readValue(
                "{\"a\":1.50,\"b\":1e5,\"c\":123456789012345678901234567890}", JsonValue.class);

        assertThat(read.number("a")).contains(new BigDecimal("1.50"));
        assertThat(((JsonNumber) read.get("b").orElseThrow()).value()).isEqualTo(new BigDecimal("1e5"));
        assertThat(read.number("c")).contains(new BigDecimal("123456789012345678901234567890"));
        assertThat(WireJson.MAPPER.writeValueAsString(read))
                .isEqualTo("{\"a\":1.50,\"b\":1E+5,\"c\":123456789012345678901234567890}");
    }

    @Test
    void a_json_null_settings_field_reads_as_absent_as_before() throws Exception {
        WidgetDto dto = WireJson.WIDGET.readValue("{\"_id\":\"w\",\"settings\":null}");
        JsonNode tree = WireJson.TREE.readTree("{\"settings\":null}").get("settings");

        assertThat(dto.settings()).isNull();
        assertThat(WireConversions.settings(dto.settings())).isEqualTo(WireConversions.settings((JsonValue) null));
        assertThat(tree.isNull()).isTrue();
    }

    @Test
    void an_object_is_read_from_its_first_key_when_the_parser_stands_there() throws Exception {
        try (JsonParser parser = WireJson.MAPPER.createParser("{\"a\":1.50,\"b\":[true,null]}")) {
            parser.nextToken();
            parser.nextToken();

            assertThat(WireJson.MAPPER.readValue(parser, JsonValue.class).toJson())
                    .isEqualTo("{\"a\":1.50,\"b\":[true,null]}");
        }
    }

    @Test
    void a_token_that_starts_no_json_value_is_refused() {
        ObjectNode tree = WireJson.NODES.objectNode().set("a", WireJson.NODES.pojoNode(new Object()));

        assertThatThrownBy(() -> WireJson.MAPPER.readValue(WireJson.MAPPER.treeAsTokens(tree), JsonValue.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void settings_inside_a_dto_are_read_whatever_the_field_order() throws Exception {
        WidgetDto dto = WireJson.WIDGET.readValue(
                "{\"settings\":{\"x\":{\"y\":[1.0,{}]}},\"_id\":\"w\",\"name\":\"n\"}");

        assertThat(dto.settings().toJson()).isEqualTo("{\"x\":{\"y\":[1.0,{}]}}");
    }
}
