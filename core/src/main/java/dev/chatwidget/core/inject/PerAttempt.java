package dev.chatwidget.core.inject;

import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Qualifies the observation steps that see every attempt (retries and the re-send after a credentials refresh
 * included), after its wait for the rate limiter: bind them with
 * {@code Multibinder.newSetBinder(binder(), CallStep.class, PerAttempt.class).addBinding().to(MyStep.class)}.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface PerAttempt {
}
