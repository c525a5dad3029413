package dev.chatwidget.testkit.example;

// README
import static dev.chatwidget.testkit.assertions.ChatWidgetAssertions.assertThat;

import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.testkit.fake.FakeChatWidgets;
import dev.chatwidget.testkit.fake.TestErrors;
import dev.chatwidget.testkit.fake.Widgets;
import dev.chatwidget.testkit.junit.WithFakeChatWidgets;
import org.junit.jupiter.api.Test;

@WithFakeChatWidgets
class WebsiteChatProvisionerTest {

    private final LocationId location = LocationId.of("acme-dental");

    @Test
    void creates_the_website_chat_as_default_when_missing(FakeChatWidgets fake, ChatWidgets widgets) {
        fake.seed(Widgets.waChat(location, "WhatsApp support").asDefault());

        var result = new WebsiteChatProvisioner(widgets).ensureWebsiteChat(location);

        assertThat(result).succeeded();
        assertThat(result.get()).isDefault().hasChatType(ChatType.LIVE_CHAT).hasName("Website chat");
        assertThat(fake.calls(Operation.CREATE)).hasSize(1);
    }

    @Test
    void promotes_an_existing_website_chat_instead_of_creating_a_second(FakeChatWidgets fake, ChatWidgets widgets) {
        fake.seed(Widgets.emailChat(location, "Email us").asDefault(), Widgets.liveChat(location, "Website chat"));

        var result = new WebsiteChatProvisioner(widgets).ensureWebsiteChat(location);

        assertThat(result.get()).isDefault().hasName("Website chat");
        assertThat(fake.calls(Operation.CREATE)).isEmpty();
        assertThat(fake.liveWidgets(location)).hasSize(2);
    }

    @Test
    void reports_a_server_error_without_creating_anything(FakeChatWidgets fake, ChatWidgets widgets) {
        fake.faults().next(1).of(Operation.CREATE).failWith(TestErrors.serverError(503));

        var result = new WebsiteChatProvisioner(widgets).ensureWebsiteChat(location);

        assertThat(result).failed().isServerError().hasStatus(503);
        assertThat(fake.liveWidgets(location)).isEmpty();
    }
}
// END README
