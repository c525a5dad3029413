package dev.chatwidget.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test field to receive the current fake, as {@code FakeChatWidgets}, {@code ChatWidgets},
 * {@code ChatWidgetGateway} or the fake HTTP server.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Fake {
}
