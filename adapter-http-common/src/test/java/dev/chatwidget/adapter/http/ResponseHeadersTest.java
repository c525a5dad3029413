package dev.chatwidget.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseHeadersTest {

    @Test
    void names_match_whatever_their_case_and_repeated_headers_keep_every_value_in_order() {
        ResponseHeaders headers = ResponseHeaders.builder().add("Set-Thing", "a").add("set-thing", "b")
                .add("X-Other", " padded ").add(null, "x").add("X-Null", null).build();

        assertThat(headers.all("SET-THING")).containsExactly("a", "b");
        assertThat(headers.first("set-Thing")).contains("a");
        assertThat(headers.first("x-other")).contains("padded");
        assertThat(headers.all("X-Null")).isEmpty();
        assertThat(headers.first("X-Null")).isEmpty();
        assertThat(headers.all("missing")).isEmpty();
    }

    @Test
    void a_map_from_an_http_stack_is_copied_with_null_names_and_values_left_out() {
        Map<String, List<String>> raw = new HashMap<>();
        raw.put("Trace-Id", new ArrayList<>(List.of("t1")));
        raw.put("trace-id", new ArrayList<>(List.of("t2")));
        raw.put(null, List.of("status line"));
        raw.put("Empty", null);

        ResponseHeaders headers = ResponseHeaders.of(raw);
        raw.get("Trace-Id").add("later");

        assertThat(headers.all("TRACE-ID")).containsExactlyInAnyOrder("t1", "t2");
        assertThat(headers.all("Empty")).isEmpty();
    }

    @Test
    void headers_handed_out_cannot_be_changed() {
        ResponseHeaders headers = ResponseHeaders.builder().add("Set-Thing", "a").build();

        assertThatThrownBy(() -> headers.all("Set-Thing").add("b")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(headers.all("Set-Thing")).containsExactly("a");
    }

    @Test
    void to_string_names_the_headers_but_never_their_values() {
        ResponseHeaders headers = ResponseHeaders.builder().add("Set-Cookie", "session=s3cr3t").add("X-Trace-Id", "t")
                .build();

        assertThat(headers.toString()).isEqualTo("[set-cookie, x-trace-id]");
    }

    @Test
    void a_builder_that_goes_on_does_not_change_what_it_built() {
        ResponseHeaders.Builder builder = ResponseHeaders.builder().add("A", "1");
        ResponseHeaders first = builder.build();

        for (int i = 0; i < 40; i++) {
            builder.add("B", Integer.toString(i));
        }
        ResponseHeaders second = builder.build();

        assertThat(first.all("B")).isEmpty();
        assertThat(first.first("A")).contains("1");
        assertThat(second.all("B")).hasSize(40).startsWith("0", "1").endsWith("39");
        assertThat(second.first("A")).contains("1");
    }

    @Test
    void a_builder_sized_for_fewer_headers_still_takes_them_all() {
        ResponseHeaders headers = ResponseHeaders.builder(1).add("A", "1").add("B", "2").add("a", "3").build();

        assertThat(headers.all("A")).containsExactly("1", "3");
        assertThat(headers.first("b")).contains("2");
        assertThat(ResponseHeaders.builder(0).add("C", "4").build().first("C")).contains("4");
    }
}
