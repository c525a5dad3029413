package dev.chatwidget.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;

/** Ids are one URL path segment whatever surrounds a forbidden character. */
class PathSegmentPropertyTest {

    @Property(tries = 300)
    void one_forbidden_character_anywhere_makes_an_id_invalid(@ForAll @AlphaChars String before,
                                                              @ForAll("forbidden") char bad,
                                                              @ForAll @AlphaChars String after) {
        assertThat(PathSegment.problem(before + bad + after)).isPresent();
    }

    @Property(tries = 300)
    void letters_and_digits_alone_always_make_a_valid_id(@ForAll("safe") String value) {
        assertThat(WidgetId.of(value).value()).isEqualTo(value);
    }

    @Provide
    Arbitrary<Character> forbidden() {
        return Arbitraries.oneOf(Arbitraries.of('/', '\\', '?', '#', '%', ' ', '\u00a0', '\u2029'),
                Arbitraries.chars().range('\u0000', '\u001f'), Arbitraries.chars().range('\u007f', '\u009f'));
    }

    @Provide
    Arbitrary<String> safe() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(200);
    }
}
