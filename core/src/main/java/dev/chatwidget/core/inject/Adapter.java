package dev.chatwidget.core.inject;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jakarta.inject.Qualifier;

/**
 * Qualifies what an adapter module contributes to the core: {@code @Adapter CallHandler}, the end of the call
 * pipeline (an adapter over a {@code ChatWidgetGateway} binds a {@code GatewayHandler} over it), and
 * {@code @Adapter RateLimiter}, the limiter that suits it.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Adapter {
}
