package dev.chatwidget.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.adapter.inmemory.InMemoryFake;
import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.testkit.fake.FakeChatWidgets;
import dev.chatwidget.testkit.fake.TestErrors;
import dev.chatwidget.testkit.fake.Widgets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;

/** With the in-memory adapter, the fake and its handle are beans, and ChatWidgets runs through the fake. */
class InMemoryFakeBeansTest {

    private static final LocationId LOCATION = LocationId.of("loc-spring");

    @Test
    void what_the_test_seeds_in_the_fake_bean_the_chat_widgets_bean_reads() {
        Runners.inMemory().run(context -> {
            FakeChatWidgets fake = context.getBean(FakeChatWidgets.class);
            ChatWidget seeded = fake.seed(Widgets.liveChat(LOCATION, "Support"));

            ChatWidget read = context.getBean(ChatWidgets.class).get(LOCATION, seeded.id()).get();

            assertThat(read.name()).isEqualTo("Support");
            assertThat(fake.calls(Operation.GET)).hasSize(1);
        });
    }

    @Test
    void a_scripted_fault_reaches_the_chat_widgets_bean_through_the_same_retries_as_production() {
        Runners.inMemory().run(context -> {
            FakeChatWidgets fake = context.getBean(FakeChatWidgets.class);
            fake.faults().next(1).failWith(TestErrors.serverError(503));

            assertThat(context.getBean(ChatWidgets.class).list(ListQuery.of(LOCATION)).isRight()).isTrue();
            assertThat(fake.calls(Operation.LIST)).hasSize(2);
        });
    }

    @Test
    void with_retries_switched_off_the_fault_is_the_answer() {
        Runners.inMemory().withPropertyValues("highlevel.chat-widget.retry.max-attempts=1").run(context -> {
            context.getBean(FakeChatWidgets.class).faults().next(1).failWith(TestErrors.serverError(503));

            assertThat(context.getBean(ChatWidgets.class).list(ListQuery.of(LOCATION)).getLeft().status())
                    .isEqualTo(503);
        });
    }

    @Test
    void without_the_testkit_the_adapters_own_fake_is_the_bean() {
        Runners.inMemory().withClassLoader(new FilteredClassLoader("dev.chatwidget.testkit")).run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(FakeChatWidgets.class);
            InMemoryFake fake = context.getBean(InMemoryFake.class);
            ChatWidget seeded = fake.seed(Widgets.liveChat(LOCATION, "Sales"));

            assertThat(context.getBean(ChatWidgets.class).get(LOCATION, seeded.id()).isRight()).isTrue();
        });
    }
}
