package dev.chatwidget.core.domain.json;

import static dev.chatwidget.core.domain.json.TestJson.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 7386 JSON merge patch, proven on every example of the RFC's Appendix A. */
class MergePatchTest {

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            {"a":"b"}                 | {"a":"c"}                     | {"a":"c"}
            {"a":"b"}                 | {"b":"c"}                     | {"a":"b","b":"c"}
            {"a":"b"}                 | {"a":null}                    | {}
            {"a":"b","b":"c"}         | {"a":null}                    | {"b":"c"}
            {"a":["b"]}               | {"a":"c"}                     | {"a":"c"}
            {"a":"c"}                 | {"a":["b"]}                   | {"a":["b"]}
            {"a":{"b":"c"}}           | {"a":{"b":"d","c":null}}      | {"a":{"b":"d"}}
            {"a":[{"b":"c"}]}         | {"a":[1]}                     | {"a":[1]}
            ["a","b"]                 | ["c","d"]                     | ["c","d"]
            {"a":"b"}                 | ["c"]                         | ["c"]
            {"a":"foo"}               | null                          | null
            {"a":"foo"}               | "bar"                         | "bar"
            {"e":null}                | {"a":1}                       | {"e":null,"a":1}
            [1,2]                     | {"a":"b","c":null}            | {"a":"b"}
            {}                        | {"a":{"bb":{"ccc":null}}}     | {"a":{"bb":{}}}
            """)
    void merge_patch_gives_the_rfc_7386_appendix_a_result(String original, String patch, String result) {
        JsonValue merged = MergePatch.apply(parse(original), parse(patch));

        assertThat(merged).isEqualTo(parse(result));
        assertThat(merged.toJson()).isEqualTo(parse(result).toJson());
    }

    @Test
    void merge_keeps_the_target_key_order_and_appends_new_keys() {
        JsonValue merged = MergePatch.apply(parse("{\"z\":1,\"y\":{\"b\":1,\"a\":2},\"x\":3}"),
                parse("{\"new\":0,\"y\":{\"a\":5,\"c\":6},\"x\":null}"));

        assertThat(merged.toJson()).isEqualTo("{\"z\":1,\"y\":{\"b\":1,\"a\":5,\"c\":6},\"new\":0}");
    }

    @Test
    void null_inside_a_non_object_patch_value_is_kept_as_a_value() {
        assertThat(MergePatch.apply(parse("{\"a\":[1]}"), parse("{\"a\":[null,{\"k\":null}]}")))
                .isEqualTo(parse("{\"a\":[null,{\"k\":null}]}"));
    }

    @Test
    void apply_to_object_merges_objects_and_leaves_its_inputs_unchanged() {
        JsonObject target = TestJson.object("{\"a\":{\"b\":1},\"keep\":true}");
        JsonObject patch = TestJson.object("{\"a\":{\"c\":2}}");

        JsonObject merged = MergePatch.applyToObject(target, patch);

        assertThat(merged).isEqualTo(parse("{\"a\":{\"b\":1,\"c\":2},\"keep\":true}"));
        assertThat(target).isEqualTo(parse("{\"a\":{\"b\":1},\"keep\":true}"));
        assertThat(patch).isEqualTo(parse("{\"a\":{\"c\":2}}"));
    }
}
