package dev.chatwidget.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseHeadersTest {

    @Test
    void names_match_whatever_their_case_and_values_keep_their_order() {
        ResponseHeaders headers = ResponseHeaders.builder().add("Set-Thing", "a").add("X-Trace-Id", " t-1 ")
                .add("set-thing", "b").add(null, "skipped").add("Skipped", null).build();

        assertThat(headers.first("SET-THING")).contains("a");
        assertThat(headers.first("x-trace-id")).contains("t-1");
        assertThat(headers.first("Absent")).isEmpty();
        assertThat(headers.all("Set-Thing")).containsExactly("a", "b");
        assertThat(headers.all("Absent")).isEmpty();
        assertThat(headers.asMap()).containsOnlyKeys("Set-Thing", "X-Trace-Id");
        assertThat(headers.asMap().get("SET-THING")).containsExactly("a", "b");
        assertThat(headers).hasToString("[set-thing, x-trace-id]");
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
    void from_a_map_of_lists() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put("Content-Encoding", List.of("GZIP"));
        map.put("Via", List.of("1.1 a", "1.1 b"));
        map.put("Empty", null);

        ResponseHeaders headers = ResponseHeaders.of(map);

        assertThat(headers.first("content-encoding")).contains("GZIP");
        assertThat(headers.all("VIA")).containsExactly("1.1 a", "1.1 b");
        assertThat(headers.first("Empty")).isEmpty();
        assertThatThrownBy(() -> headers.asMap().put("X", List.of())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> headers.asMap().get("Via").add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> headers.all("Via").add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(ResponseHeaders.NONE.asMap()).isEmpty();
        assertThat(ResponseHeaders.NONE.first("A")).isEmpty();
    }
}
