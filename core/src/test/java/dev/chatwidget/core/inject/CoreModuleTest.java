package dev.chatwidget.core.inject;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.chatwidget.core.application.ChatWidgetService;
import dev.chatwidget.core.application.RecordingGateway;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import org.junit.jupiter.api.Test;

/** The core module binds the facade to the validating service over whatever gateway an adapter binds. */
class CoreModuleTest {

    @Test
    void the_facade_is_the_validating_service_over_the_bound_gateway() {
        RecordingGateway gateway = new RecordingGateway();
        Injector injector = Guice.createInjector(new CoreModule(),
                binder -> binder.bind(ChatWidgetGateway.class).toInstance(gateway));

        ChatWidgets widgets = injector.getInstance(ChatWidgets.class);

        assertThat(widgets).isInstanceOf(ChatWidgetService.class);
        assertThat(widgets.list(ListQuery.of(RecordingGateway.LOCATION).withLimit(0)).isLeft()).isTrue();
        assertThat(gateway.calls()).isEmpty();
        assertThat(widgets.list(ListQuery.of(RecordingGateway.LOCATION)).isRight()).isTrue();
        assertThat(gateway.calls()).hasSize(1);
    }

    @Test
    void installing_the_module_twice_is_harmless() {
        Injector injector = Guice.createInjector(new CoreModule(), new CoreModule(),
                binder -> binder.bind(ChatWidgetGateway.class).toInstance(new RecordingGateway()));

        assertThat(injector.getInstance(ChatWidgets.class)).isNotNull();
        assertThat(new CoreModule()).isEqualTo(new CoreModule()).hasSameHashCodeAs(new CoreModule());
    }
}
