package dev.chatwidget.core.inject;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jakarta.inject.Qualifier;

/**
 * Qualifies the adapter's own gateway, before the core decorators wrap it: each adapter module binds
 * {@code @Adapter ChatWidgetGateway}; {@link CoreModule} builds {@code @ForChatWidgets ChatWidgetGateway} from it.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Adapter {
}
