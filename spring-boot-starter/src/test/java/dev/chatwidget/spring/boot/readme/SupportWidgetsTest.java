package dev.chatwidget.spring.boot.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.error.ChatWidgetException;
import dev.chatwidget.testkit.fake.FakeChatWidgets;
import dev.chatwidget.testkit.fake.TestErrors;
import dev.chatwidget.testkit.fake.Widgets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

// README
@SpringBootTest(properties = "highlevel.chat-widget.adapter=inmemory")
class SupportWidgetsTest {

    @Autowired
    SupportWidgets support;

    @Autowired
    FakeChatWidgets fake;

    @Test
    void a_failed_create_is_not_retried_and_the_next_one_succeeds() {
        LocationId location = LocationId.of("loc1");
        fake.seed(Widgets.emailChat(location, "Existing"));
        fake.faults().next(1).failWith(TestErrors.serverError(503));

        assertThatThrownBy(() -> support.openSupportChat(location)).isInstanceOf(ChatWidgetException.class);
        support.openSupportChat(location);

        assertThat(fake.liveWidgets(location)).extracting(ChatWidget::name).containsExactly("Existing", "Support");
        assertThat(fake.calls()).hasSize(2);
    }
}
// END README
