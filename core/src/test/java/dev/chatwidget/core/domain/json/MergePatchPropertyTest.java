package dev.chatwidget.core.domain.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of RFC 7386 that hold for any target and patch. */
class MergePatchPropertyTest {

    @Property(tries = 500)
    void applying_a_merge_patch_twice_changes_nothing_more(@ForAll("json") JsonValue target,
                                                           @ForAll("json") JsonValue patch) {
        JsonValue once = MergePatch.apply(target, patch);

        assertThat(MergePatch.apply(once, patch)).isEqualTo(once);
    }

    @Property(tries = 500)
    void keys_an_object_patch_does_not_name_keep_their_value(@ForAll("objects") JsonValue target,
                                                             @ForAll("objects") JsonValue patch) {
        JsonObject merged = (JsonObject) MergePatch.apply(target, patch);
        JsonObject before = (JsonObject) target;
        JsonObject named = (JsonObject) patch;

        before.members().forEach((key, value) -> {
            if (!named.has(key)) {
                assertThat(merged.get(key)).contains(value);
            }
        });
        named.members().forEach((key, value) ->
                assertThat(merged.has(key)).isEqualTo(!(value instanceof JsonNull)));
    }

    @Provide
    Arbitrary<JsonValue> json() {
        return JsonArbitraries.values(3);
    }

    @Provide
    Arbitrary<JsonValue> objects() {
        return JsonArbitraries.objects(JsonArbitraries.values(2));
    }
}
