package dev.chatwidget.testkit.junit;

import static dev.chatwidget.testkit.assertions.ChatWidgetAssertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import dev.chatwidget.testkit.fake.FakeChatWidgets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@WithFakeChatWidgets
class FakeChatWidgetsExtensionTest {

    private static final LocationId LOCATION = LocationId.of("loc-ext");
    private static final List<FakeChatWidgets> SEEN = new ArrayList<>();

    @Fake
    FakeChatWidgets fakeField;

    @Fake
    ChatWidgets widgetsField;

    @Test
    void parameters_and_fields_receive_the_same_fake(FakeChatWidgets fake, ChatWidgets widgets,
                                                      ChatWidgetGateway gateway) {
        assertThat(fakeField).isSameAs(fake);
        assertThat(widgetsField).isSameAs(widgets).isSameAs(fake.chatWidgets());
        assertThat(gateway).isSameAs(fake.gateway());
        SEEN.add(fake);
    }

    @Test
    void each_test_gets_a_fresh_fake_by_default(FakeChatWidgets fake) {
        assertThat(fake.liveWidgets(LOCATION)).isEmpty();
        fake.chatWidgets().create(NewWidget.of(LOCATION, ChatType.LIVE_CHAT, "Mine"));
        SEEN.add(fake);
    }

    @AfterAll
    static void every_test_saw_a_different_fake() {
        assertThat(SEEN).doesNotHaveDuplicates();
    }

    @Nested
    @WithFakeChatWidgets(lifecycle = WithFakeChatWidgets.Lifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class SharedPerClass {

        @Test
        @Order(1)
        void first_test_writes(ChatWidgets widgets) {
            assertThat(widgets.create(NewWidget.of(LOCATION, ChatType.LIVE_CHAT, "Shared"))).succeeded();
        }

        @Test
        @Order(2)
        void second_test_sees_what_the_first_wrote(FakeChatWidgets fake) {
            assertThat(fake.liveWidgets(LOCATION)).extracting(w -> w.name()).containsExactly("Shared");
        }
    }
}
