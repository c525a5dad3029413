package dev.chatwidget.core.inject;

import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Qualifies the observation steps that see each call once, outermost (before retries): bind them with
 * {@code Multibinder.newSetBinder(binder(), CallStep.class, PerCall.class).addBinding().to(MyStep.class)}.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface PerCall {
}
