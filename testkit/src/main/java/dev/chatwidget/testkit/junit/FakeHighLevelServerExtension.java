package dev.chatwidget.testkit.junit;

import dev.chatwidget.testkit.server.FakeHighLevelServer;
import dev.chatwidget.testkit.server.Scopes;
import dev.chatwidget.testkit.server.TokenAccess;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/** The JUnit 5 extension behind {@link WithFakeHighLevelServer}; servers are closed with their test or class. */
public final class FakeHighLevelServerExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(FakeHighLevelServerExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        if (settings(context).lifecycle() == WithFakeChatWidgets.Lifecycle.PER_CLASS) {
            context.getStore(NAMESPACE).put(Running.class, new Running(start(settings(context))));
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (settings(context).lifecycle() == WithFakeChatWidgets.Lifecycle.PER_TEST) {
            context.getStore(NAMESPACE).put(Running.class, new Running(start(settings(context))));
        }
        FakeHighLevelServer server = current(context);
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            FieldInjection.inject(instance, Fake.class, type -> type == FakeHighLevelServer.class
                    ? Optional.of(server) : Optional.empty());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FakeHighLevelServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return current(context);
    }

    private static FakeHighLevelServer current(ExtensionContext context) {
        Running running = context.getStore(NAMESPACE).get(Running.class, Running.class);
        if (running == null) {
            throw new ParameterResolutionException("no fake server yet: with Lifecycle.PER_TEST, it runs only "
                    + "inside a test (use PER_CLASS to share one with @BeforeAll methods)");
        }
        return running.server();
    }

    private static FakeHighLevelServer start(WithFakeHighLevelServer settings) {
        return FakeHighLevelServer.builder()
                .token(WithFakeHighLevelServer.TOKEN, TokenAccess.anyLocation(Scopes.ALL))
                .burstLimit(settings.burstLimit(), Duration.ofSeconds(10))
                .start();
    }

    private static WithFakeHighLevelServer settings(ExtensionContext context) {
        return context.getTestClass()
                .flatMap(c -> AnnotationSupport.findAnnotation(c, WithFakeHighLevelServer.class))
                .orElseThrow(() -> new IllegalStateException(
                        "annotate the test class with @WithFakeHighLevelServer to use FakeHighLevelServerExtension"));
    }

    /** Closes the server when JUnit closes the store it lives in. */
    private record Running(FakeHighLevelServer server) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            server.close();
        }
    }
}
