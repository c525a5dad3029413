package dev.chatwidget.core.inject;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Stage;
import com.google.inject.multibindings.Multibinder;
import dev.chatwidget.core.application.RecordingGateway;
import dev.chatwidget.core.application.pipeline.CallPipeline;
import dev.chatwidget.core.application.pipeline.RateLimitStep;
import dev.chatwidget.core.application.pipeline.RetryStep;
import dev.chatwidget.core.call.Call;
import dev.chatwidget.core.call.CallChain;
import dev.chatwidget.core.call.CallResult;
import dev.chatwidget.core.call.CallStep;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.error.ServerError;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The observation hooks: steps added with a Multibinder run in their position of the one chain. */
class CoreModuleHooksTest {

    private final RecordingGateway gateway = new RecordingGateway();
    private final List<String> seen = new CopyOnWriteArrayList<>();

    /** Records its name and the attempt of each call that passes it. */
    private final class Named implements CallStep {
        private final String name;

        Named(String name) {
            this.name = name;
        }

        @Override
        public <R> CallResult<R> handle(Call<R> call, CallChain next) {
            seen.add(name + "#" + call.context().attempt());
            return next.proceed(call);
        }
    }

    private ChatWidgets widgets(AbstractModule hooks) {
        return Guice.createInjector(Stage.PRODUCTION, new StubAdapter(gateway), hooks).getInstance(ChatWidgets.class);
    }

    @Test
    void per_call_steps_see_a_call_once_and_per_attempt_steps_see_every_attempt_in_binding_order() {
        ChatWidgets widgets = widgets(new AbstractModule() {
            @Override
            protected void configure() {
                Multibinder<CallStep> perCall = Multibinder.newSetBinder(binder(), CallStep.class, PerCall.class);
                perCall.addBinding().toInstance(new Named("call-a"));
                perCall.addBinding().toInstance(new Named("call-b"));
                Multibinder.newSetBinder(binder(), CallStep.class, PerAttempt.class).addBinding()
                        .toInstance(new Named("attempt"));
            }
        });
        ServerError unavailable = new ServerError(503, "Service Unavailable", Optional.empty());
        gateway.failingWith(unavailable, unavailable);

        widgets.get(LocationId.of("loc"), WidgetId.of("w1"));

        // Per-call steps are outside the retries: they see the first context only.
        assertThat(seen).containsExactly("call-a#1", "call-b#1", "attempt#1", "attempt#2", "attempt#3");
        assertThat(gateway.operations()).containsExactly("get", "get", "get");
    }

    @Test
    void the_chain_is_per_call_then_retry_then_rate_limit_then_per_attempt_and_none_are_bound_by_default() {
        CallStep perCall = new Named("call");
        CallStep perAttempt = new Named("attempt");
        var injector = Guice.createInjector(Stage.PRODUCTION, new StubAdapter(gateway), new AbstractModule() {
            @Override
            protected void configure() {
                Multibinder.newSetBinder(binder(), CallStep.class, PerCall.class).addBinding().toInstance(perCall);
                Multibinder.newSetBinder(binder(), CallStep.class, PerAttempt.class).addBinding()
                        .toInstance(perAttempt);
            }
        });

        List<CallStep> steps = injector.getInstance(CallPipeline.class).steps();

        assertThat(steps).hasSize(4);
        assertThat(steps.get(0)).isSameAs(perCall);
        assertThat(steps.get(1)).isInstanceOf(RetryStep.class);
        assertThat(steps.get(2)).isInstanceOf(RateLimitStep.class);
        assertThat(steps.get(3)).isSameAs(perAttempt);
        assertThat(Guice.createInjector(Stage.PRODUCTION, new StubAdapter(gateway)).getInstance(CallPipeline.class)
                .steps()).hasSize(2);
    }

    @Test
    void the_core_module_counts_as_installed_once_however_often_it_is_installed_and_no_other_module_is_taken_for_it() {
        AbstractModule other = new AbstractModule() { };

        assertThat(new CoreModule()).isEqualTo(new CoreModule()).hasSameHashCodeAs(new CoreModule());
        assertThat(new CoreModule()).isNotEqualTo(other);
    }
}
