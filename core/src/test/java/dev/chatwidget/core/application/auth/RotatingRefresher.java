package dev.chatwidget.core.application.auth;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.domain.auth.ClientCredentials;
import dev.chatwidget.core.domain.auth.RefreshToken;
import dev.chatwidget.core.domain.auth.TokenGrant;
import dev.chatwidget.core.domain.auth.UserType;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.Unauthorized;
import dev.chatwidget.core.port.out.TokenRefresher;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process token endpoint that rotates like HighLevel's: only the latest refresh token is accepted, each use
 * spends it. Counts calls, can be held (to widen race windows) and scripted to fail.
 */
final class RotatingRefresher implements TokenRefresher {

    private final AtomicInteger calls = new AtomicInteger();
    private final Deque<ChatWidgetError> failures = new ArrayDeque<>();
    private final List<String> events;
    private volatile Duration lifetime = Duration.ofHours(24);
    private volatile Runnable beforeAnswer = () -> { };
    private String latest;
    private int issued;

    RotatingRefresher(String initialRefreshToken, List<String> events) {
        this.latest = initialRefreshToken;
        this.events = events;
    }

    RotatingRefresher(String initialRefreshToken) {
        this(initialRefreshToken, new CopyOnWriteArrayList<>());
    }

    int calls() {
        return calls.get();
    }

    void lifetime(Duration lifetime) {
        this.lifetime = lifetime;
    }

    void beforeAnswer(Runnable hook) {
        this.beforeAnswer = hook;
    }

    synchronized void failNext(ChatWidgetError error) {
        failures.add(error);
    }

    synchronized String latestRefreshToken() {
        return latest;
    }

    @Override
    public Either<ChatWidgetError, TokenGrant> refresh(ClientCredentials credentials, RefreshToken refreshToken,
                                                       UserType userType) {
        calls.incrementAndGet();
        beforeAnswer.run();
        synchronized (this) {
            if (!failures.isEmpty()) {
                return Either.left(failures.poll());
            }
            if (!refreshToken.reveal().equals(latest)) {
                return Either.left(Unauthorized.of("invalid_grant"));
            }
            issued++;
            latest = "refresh-" + issued;
            events.add("refresh -> access-" + issued);
            return Either.right(new TokenGrant(new AccessToken("access-" + issued), new RefreshToken(latest),
                    lifetime, Optional.of(LocationId.of("loc1"))));
        }
    }
}
