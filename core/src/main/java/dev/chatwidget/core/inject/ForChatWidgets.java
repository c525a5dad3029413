package dev.chatwidget.core.inject;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jakarta.inject.Qualifier;

/**
 * Qualifies what this library binds for its own use (its HTTP client, JSON mapper, clock, decorated gateway), so
 * that it never clashes with an application's own unqualified bindings of the same types.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface ForChatWidgets {
}
