package dev.chatwidget.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Stage;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import dev.chatwidget.core.call.Call;
import dev.chatwidget.core.call.CallChain;
import dev.chatwidget.core.call.CallResult;
import dev.chatwidget.core.call.CallStep;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.error.ServerError;
import dev.chatwidget.core.inject.PerAttempt;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.port.out.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Calls to the in-memory fake run through the core's pipeline, as over HTTP: a 503 is retried. */
class InMemoryPipelineTest {

    private static final LocationId LOCATION = LocationId.of("loc1");

    private final List<Integer> attempts = new CopyOnWriteArrayList<>();
    private final List<Duration> slept = new CopyOnWriteArrayList<>();

    /** Answers the first attempt of each call with a 503 instead of passing it to the fake. */
    private final class FirstAttemptUnavailable implements CallStep {
        @Override
        public <R> CallResult<R> handle(Call<R> call, CallChain next) {
            attempts.add(call.context().attempt());
            if (call.context().attempt() == 1) {
                return CallResult.failure(new ServerError(503, "Service Unavailable", Optional.empty()));
            }
            return next.proceed(call);
        }
    }

    @Test
    void a_503_on_a_first_attempt_is_retried_and_the_retry_reaches_the_fake() {
        InMemoryFake fake = InMemoryFake.create();
        ChatWidgets widgets = Guice.createInjector(Stage.PRODUCTION, new InMemoryModule(fake), new AbstractModule() {
            @Override
            protected void configure() {
                Multibinder.newSetBinder(binder(), CallStep.class, PerAttempt.class).addBinding()
                        .toInstance(new FirstAttemptUnavailable());
                OptionalBinder.newOptionalBinder(binder(), Sleeper.class).setBinding().toInstance(slept::add);
            }
        }).getInstance(ChatWidgets.class);

        var page = widgets.list(dev.chatwidget.core.domain.ListQuery.of(LOCATION));
        var created = widgets.create(NewWidget.of(LOCATION, ChatType.LIVE_CHAT, "Support"));

        assertThat(page.isRight()).isTrue();
        assertThat(attempts).containsExactly(1, 2, 1);
        assertThat(slept).hasSize(1);
        // A create that may have reached the server is never retried: it could make a second widget.
        assertThat(created.getLeft()).isInstanceOf(ServerError.class);
        assertThat(fake.liveWidgets(LOCATION)).isEmpty();
    }
}
