package dev.chatwidget.core.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.LocationScenario;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetIdFormat;
import dev.chatwidget.core.domain.WidgetIdSource;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule 8: ids are 20 characters of [A-Za-z0-9], like the service's. */
class WidgetIdFormatTest {

    @Test
    void generated_ids_are_20_alphanumeric_characters() {
        WidgetIdSource source = WidgetIdFormat.randomSource(new SplittableRandom(1));

        for (int i = 0; i < 2_000; i++) {
            String id = source.next().value();
            assertThat(id).matches("[A-Za-z0-9]{20}");
            assertThat(WidgetIdFormat.matches(id)).isTrue();
        }
    }

    @Test
    void generated_ids_draw_on_the_whole_alphabet() {
        WidgetIdSource source = WidgetIdFormat.randomSource(new Random(2));
        Set<Integer> seen = new HashSet<>();

        IntStream.range(0, 500).forEach(i -> source.next().value().chars().forEach(seen::add));

        assertThat(seen).hasSize(26 + 26 + 10);
    }

    @Test
    void the_same_seed_gives_the_same_ids_and_ids_do_not_repeat() {
        List<WidgetId> first = ids(WidgetIdFormat.randomSource(new SplittableRandom(7)), 1_000);
        List<WidgetId> again = ids(WidgetIdFormat.randomSource(new SplittableRandom(7)), 1_000);
        List<WidgetId> other = ids(WidgetIdFormat.randomSource(new SplittableRandom(8)), 1_000);

        assertThat(again).isEqualTo(first);
        assertThat(new HashSet<>(first)).hasSize(1_000);
        assertThat(other).doesNotContainAnyElementsOf(first);
    }

    @Test
    void created_widgets_get_ids_of_the_rule_format() {
        LocationScenario scenario = new LocationScenario();

        assertThat(WidgetIdFormat.matches(scenario.create("a").id().value())).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullSource
    @ValueSource(strings = {"", "abc", "ABCDEFGHIJKLMNOPQRS", "ABCDEFGHIJKLMNOPQRSTU", "ABCDEFGHIJKLMNOPQRS-",
        "ABCDEFGHIJKLMNOPQRS_", "ABCDEFGHIJKLMNOPQRS ", "ABCDEFGHIJKLMNOPQRSé", "ABCDEFGHIJKLMNOPQRS٣"})
    void matches_refuses_anything_but_20_ascii_letters_and_digits(String candidate) {
        assertThat(WidgetIdFormat.matches(candidate)).isFalse();
    }

    @Test
    void matches_accepts_letters_of_both_cases_and_digits() {
        assertThat(WidgetIdFormat.matches("aZ09bY18cX27dW36eV45")).isTrue();
        assertThat(WidgetIdFormat.LENGTH).isEqualTo(20);
    }

    private static List<WidgetId> ids(WidgetIdSource source, int count) {
        return IntStream.range(0, count).mapToObj(i -> source.next()).toList();
    }
}
