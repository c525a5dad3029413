package dev.chatwidget.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts the fake HighLevel HTTP server on a loopback ephemeral port for each test (or each test class) and
 * injects {@code FakeHighLevelServer} into test parameters and into fields marked {@link Fake}. The server accepts
 * the bearer token {@link #TOKEN} for every location with every scope; it speaks the wire protocol, so it serves
 * any HTTP client, in any language.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FakeHighLevelServerExtension.class)
public @interface WithFakeHighLevelServer {

    /** The token the server accepts for every location and scope. */
    String TOKEN = "test-token";

    /** Whether every test gets a fresh server (default) or the tests of a class share one. */
    WithFakeChatWidgets.Lifecycle lifecycle() default WithFakeChatWidgets.Lifecycle.PER_TEST;

    /** Burst limit per location and 10 s window (the service's documented 100 by default). */
    int burstLimit() default 100;
}
