package dev.chatwidget.core.domain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Members stay a map in insertion order, whether scanned (few) or indexed (many), through puts and removes. */
class JsonObjectMembersTest {

    static final int MANY = 3 * Members.SCAN_MAX + 5;

    static JsonObject numbered(int count) {
        JsonObject.Builder builder = JsonObject.builder();
        for (int i = 0; i < count; i++) {
            builder.put("k" + i, i);
        }
        return builder.build();
    }

    @Test
    void every_member_is_found_and_absent_keys_are_not_whatever_the_size() {
        for (int count : new int[] {0, 1, Members.SCAN_MAX, Members.SCAN_MAX + 1, MANY, 1_000}) {
            JsonObject object = numbered(count);
            Map<String, JsonValue> members = object.members();

            assertThat(members).as("size %d", count).hasSize(count);
            for (int i = 0; i < count; i++) {
                assertThat(members.get("k" + i)).as("k%d of %d", i, count).isEqualTo(JsonNumber.of(i));
            }
            assertThat(members.containsKey("k" + count)).isFalse();
            assertThat(members.get("absent")).isNull();
            assertThat(members.get(null)).isNull();
            assertThat(members.containsKey(42)).isFalse();
            assertThat(new ArrayList<>(members.keySet())).as("order").isEqualTo(keys(count));
        }
    }

    @Test
    void a_repeated_key_keeps_its_first_place_and_takes_the_last_value_before_and_after_indexing() {
        JsonObject.Builder builder = JsonObject.builder().put("a", 1).put("b", 2).put("a", 3);
        JsonObject few = builder.build();
        for (int i = 0; i < MANY; i++) {
            builder.put("k" + i, i);
        }
        builder.put("b", "again").put("k7", "seven");
        JsonObject many = builder.build();

        assertThat(few.toJson()).isEqualTo("{\"a\":3,\"b\":2}");
        assertThat(many.members()).hasSize(MANY + 2);
        assertThat(new ArrayList<>(many.members().keySet()).subList(0, 4)).containsExactly("a", "b", "k0", "k1");
        assertThat(many.string("b")).contains("again");
        assertThat(many.string("k7")).contains("seven");
    }

    @Test
    void removing_keeps_the_order_and_every_other_member_findable() {
        JsonObject object = numbered(MANY);
        JsonObject.Builder builder = object.toBuilder();
        for (int i = 0; i < MANY; i += 2) {
            builder.remove("k" + i);
        }
        builder.remove("absent");
        JsonObject odd = builder.build();

        List<String> expected = new ArrayList<>();
        for (int i = 1; i < MANY; i += 2) {
            expected.add("k" + i);
            assertThat(odd.members().get("k" + i)).isEqualTo(JsonNumber.of(i));
            assertThat(odd.has("k" + (i - 1))).isFalse();
        }
        assertThat(new ArrayList<>(odd.members().keySet())).isEqualTo(expected);
        assertThat(object.members()).as("the original is untouched").hasSize(MANY);
        assertThat(odd.toBuilder().put("k0", 0).build().members().keySet()).endsWith("k0");
    }

    @Test
    void it_equals_and_hashes_as_the_same_linked_map_and_copies_one_in_order() {
        Map<String, JsonValue> plain = new LinkedHashMap<>();
        for (int i = MANY - 1; i >= 0; i--) {
            plain.put("k" + i, JsonNumber.of(i));
        }
        JsonObject copied = new JsonObject(plain);

        assertThat(copied.members()).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(copied).isEqualTo(numbered(MANY)).hasSameHashCodeAs(numbered(MANY));
        assertThat(copied.members().keySet().iterator().next()).isEqualTo("k" + (MANY - 1));
        assertThat(copied.members().containsValue(JsonNumber.of(3))).isTrue();
        assertThat(copied.members().containsValue(JsonNumber.of(MANY))).isFalse();
        assertThat(copied.members().values()).hasSize(MANY).contains(JsonNumber.of(0));
        assertThat(copied.members().isEmpty()).isFalse();
        assertThat(JsonObject.EMPTY.members().isEmpty()).isTrue();
    }

    @Test
    void a_map_with_a_null_key_or_value_is_refused_naming_it() {
        Map<String, JsonValue> nullValue = new LinkedHashMap<>();
        nullValue.put("a", null);
        Map<String, JsonValue> nullKey = new LinkedHashMap<>();
        nullKey.put(null, JsonNull.INSTANCE);

        assertThatThrownBy(() -> new JsonObject(nullValue)).isInstanceOf(NullPointerException.class)
                .hasMessage("value of key a");
        assertThatThrownBy(() -> new JsonObject(nullKey)).isInstanceOf(NullPointerException.class).hasMessage("key");
    }

    @Test
    void a_builder_used_again_after_build_keeps_every_member_it_had() {
        for (int count : new int[] {2, MANY}) {
            JsonObject.Builder builder = numbered(count).toBuilder();
            JsonObject first = builder.build();

            JsonObject second = builder.put("extra", true).build();

            assertThat(second.members()).hasSize(count + 1).containsAllEntriesOf(first.members());
            assertThat(second.members().entrySet()).hasSize(count + 1);
            assertThat(first.members()).doesNotContainKey("extra");
        }
    }

    @Test
    void the_entry_iterator_ends() {
        var iterator = numbered(1).members().entrySet().iterator();
        iterator.next();

        assertThat(iterator.hasNext()).isFalse();
        assertThatThrownBy(iterator::next).isInstanceOf(java.util.NoSuchElementException.class);
    }

    private static List<String> keys(int count) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            keys.add("k" + i);
        }
        return keys;
    }
}
