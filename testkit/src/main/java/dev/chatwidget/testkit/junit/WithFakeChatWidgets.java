package dev.chatwidget.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives each test (or each test class) a fresh in-memory fake and injects {@code ChatWidgets},
 * {@code FakeChatWidgets} or {@code ChatWidgetGateway} into test parameters and into fields marked {@link Fake}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FakeChatWidgetsExtension.class)
public @interface WithFakeChatWidgets {

    /** Whether every test gets a fresh fake (default) or the tests of a class share one. */
    Lifecycle lifecycle() default Lifecycle.PER_TEST;

    /** The seed of the fake's id source, so ids are repeatable. */
    long idSeed() default 42L;

    /** How long a fake lives. */
    enum Lifecycle { PER_TEST, PER_CLASS }
}
