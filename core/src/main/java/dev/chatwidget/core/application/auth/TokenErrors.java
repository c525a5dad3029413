package dev.chatwidget.core.application.auth;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.error.Unauthorized;
import java.util.Optional;

/** What the OAuth provider tells a caller when it has no token to give; never a token or secret. */
final class TokenErrors {

    private TokenErrors() {
    }

    static Unauthorized noLocation() {
        return Unauthorized.of("OAuth tokens belong to a location and this call names none: configure the"
                + " provider's default location");
    }

    static Unauthorized notInstalled(LocationId location) {
        return Unauthorized.of("no OAuth tokens are stored for location " + location
                + ": authorize (install) the app for this location and save its tokens in the token store");
    }

    /** The refresh token was refused ({@code cause}: the endpoint's own words, when it was just asked). */
    static Unauthorized reauthorize(LocationId location, Optional<Unauthorized> cause) {
        return new Unauthorized("the OAuth token endpoint rejected the refresh token for location " + location
                + ": re-authorization is needed (re-install the app for this location)"
                + cause.map(c -> "; the endpoint said: " + c.message()).orElse(""),
                cause.flatMap(Unauthorized::traceId));
    }

    static TransportFailure notSaved(LocationId location, ChatWidgetError cause) {
        return TransportFailure.of("the refreshed OAuth tokens for location " + location + " could not be saved ("
                + cause.message() + "); the new access token is held back until they are, so the rotated refresh"
                + " token is never lost", false);
    }

    static TransportFailure leaseWaitTimedOut(LocationId location, java.time.Duration waited) {
        return TransportFailure.of("another instance is refreshing the OAuth tokens of location " + location
                + " and saved none within " + waited.toMillis() + " ms", false);
    }

    static TransportFailure renewalWaitTimedOut(LocationId location, java.time.Duration waited) {
        return TransportFailure.of("the OAuth tokens of location " + location + " are being renewed and were not ready"
                + " within the " + waited.toMillis() + " ms this call could wait; the request was not sent", false);
    }

    static TransportFailure interrupted(LocationId location) {
        return TransportFailure.of("interrupted while waiting for the OAuth tokens of location " + location, false);
    }

    /** A refresher or store threw: the class only, as its message might carry a secret. */
    static TransportFailure crashed(Throwable thrown) {
        return TransportFailure.of("refreshing the OAuth tokens failed: " + thrown.getClass().getName()
                + " thrown by the token refresher or token store", false);
    }
}
