package dev.chatwidget.core.domain.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any JSON value survives its text form and its plain-Java form unchanged, scale of numbers included. */
class JsonRoundTripPropertyTest {

    @Property(tries = 500)
    void to_json_text_reads_back_as_the_same_value(@ForAll("json") JsonValue value) {
        assertThat(TestJson.parse(value.toJson())).isEqualTo(value);
    }

    @Property(tries = 500)
    void to_java_converts_back_to_the_same_value(@ForAll("json") JsonValue value) {
        assertThat(JsonValue.of(value.toJava())).isEqualTo(value);
    }

    @Provide
    Arbitrary<JsonValue> json() {
        return JsonArbitraries.values(3);
    }
}
