package dev.chatwidget.core.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** What retry logic may assume about each operation. */
class OperationTest {

    @Test
    void only_create_and_clone_are_not_idempotent() {
        assertThat(Arrays.stream(Operation.values()).filter(o -> !o.idempotent()))
                .containsExactlyInAnyOrder(Operation.CREATE, Operation.CLONE);
        assertThat(Operation.values()).hasSize(8);
    }
}
