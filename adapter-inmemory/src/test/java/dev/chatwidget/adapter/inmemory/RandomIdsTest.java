package dev.chatwidget.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetIdFormat;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomIdsTest {

    @Test
    void default_ids_follow_rule_8_and_do_not_repeat() {
        RandomIds ids = new RandomIds();
        Set<WidgetId> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            WidgetId id = ids.next();
            assertThat(WidgetIdFormat.matches(id.value())).as(id.value()).isTrue();
            seen.add(id);
        }
        assertThat(seen).hasSize(10_000);
    }
}
