package dev.chatwidget.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Ids travel as exactly one URL path segment: anything that could address another path is refused. */
class PathSegmentTest {

    @ParameterizedTest(name = "\"{0}\"")
    @NullSource
    @ValueSource(strings = {"../x", "a/b", "/", "a\\b", "%2F", "%2e%2e", "a b", " a", "a?b", "a#b", ".", "..", "",
        "   ", "\t", "a\nb", "a\rb", "\u0000", "a\u0007b", "a\u007fb", "a\u0085b", "a\u00a0b", "a\u2028b", "a\u3000b"})
    void ids_refuse_values_that_are_not_one_path_segment_and_name_the_field(String value) {
        assertRefused(WidgetId::of, value, "widgetId");
        assertRefused(LocationId::of, value, "locationId");
        assertThat(PathSegment.problem(value)).isPresent();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"abc", "AbC123xyz0987654321Q", "loc_1-2.3~4", "...", ".a", "a..b", "a:b@c!$&'()*+,;=",
        "café", "ñandú", "日本語", "Ωmega"})
    void ids_accept_values_that_are_one_path_segment_including_non_ascii_letters(String value) {
        assertThat(WidgetId.of(value).value()).isEqualTo(value);
        assertThat(LocationId.of(value).toString()).isEqualTo(value);
        assertThat(PathSegment.problem(value)).isEmpty();
    }

    @ParameterizedTest(name = "length {0}")
    @ValueSource(ints = {201, 1000})
    void ids_longer_than_200_characters_are_refused(int length) {
        assertRefused(WidgetId::of, "a".repeat(length), "widgetId");
        assertThat(WidgetId.of("a".repeat(200)).value()).hasSize(200);
    }

    private static void assertRefused(Function<String, ?> constructor, String value, String field) {
        assertThatThrownBy(() -> constructor.apply(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(field + " ");
    }
}
