package dev.chatwidget.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Reading a chat type never fails on a value the service may send, known or not. */
class ChatTypePropertyTest {

    @Property(tries = 500)
    void of_never_throws_for_a_non_blank_value_and_keeps_it(@ForAll String wireValue) {
        Assume.that(!wireValue.isBlank());

        ChatType type = ChatType.of(wireValue);

        assertThat(type.wireValue()).isEqualTo(wireValue);
        assertThat(type.isKnown()).isEqualTo(ChatTypeTest.DOCUMENTED.contains(wireValue));
    }
}
