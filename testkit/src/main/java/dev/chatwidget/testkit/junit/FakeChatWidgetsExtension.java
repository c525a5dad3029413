package dev.chatwidget.testkit.junit;

import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import dev.chatwidget.testkit.fake.FakeChatWidgets;
import dev.chatwidget.testkit.fake.TestClock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/** The JUnit 5 extension behind {@link WithFakeChatWidgets}. */
public final class FakeChatWidgetsExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(FakeChatWidgetsExtension.class);

    private static final Map<Class<?>, Function<FakeChatWidgets, Object>> INJECTABLE = Map.of(
            FakeChatWidgets.class, fake -> fake,
            ChatWidgets.class, FakeChatWidgets::chatWidgets,
            ChatWidgetGateway.class, FakeChatWidgets::gateway);

    @Override
    public void beforeAll(ExtensionContext context) {
        if (settings(context).lifecycle() == WithFakeChatWidgets.Lifecycle.PER_CLASS) {
            context.getStore(NAMESPACE).put(FakeChatWidgets.class, newFake(context));
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (settings(context).lifecycle() == WithFakeChatWidgets.Lifecycle.PER_TEST) {
            context.getStore(NAMESPACE).put(FakeChatWidgets.class, newFake(context));
        }
        FakeChatWidgets fake = current(context);
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            FieldInjection.inject(instance, Fake.class, type -> Optional.ofNullable(INJECTABLE.get(type))
                    .map(f -> f.apply(fake)));
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return INJECTABLE.containsKey(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return INJECTABLE.get(parameter.getParameter().getType()).apply(current(context));
    }

    private static FakeChatWidgets current(ExtensionContext context) {
        FakeChatWidgets fake = context.getStore(NAMESPACE).get(FakeChatWidgets.class, FakeChatWidgets.class);
        if (fake == null) {
            throw new ParameterResolutionException("no fake yet: with Lifecycle.PER_TEST, the fake exists only "
                    + "inside a test (use PER_CLASS to share one with @BeforeAll methods)");
        }
        return fake;
    }

    private static FakeChatWidgets newFake(ExtensionContext context) {
        return FakeChatWidgets.create(TestClock.ticking(FakeChatWidgets.EPOCH, Duration.ofMillis(1)),
                settings(context).idSeed());
    }

    private static WithFakeChatWidgets settings(ExtensionContext context) {
        return context.getTestClass()
                .flatMap(c -> AnnotationSupport.findAnnotation(c, WithFakeChatWidgets.class))
                .orElseThrow(() -> new IllegalStateException(
                        "annotate the test class with @WithFakeChatWidgets to use FakeChatWidgetsExtension"));
    }
}
