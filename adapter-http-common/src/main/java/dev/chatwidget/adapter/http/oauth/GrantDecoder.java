package dev.chatwidget.adapter.http.oauth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.RateLimits;
import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.domain.auth.RefreshToken;
import dev.chatwidget.core.domain.auth.TokenGrant;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.Forbidden;
import dev.chatwidget.core.error.RateLimited;
import dev.chatwidget.core.error.ServerError;
import dev.chatwidget.core.error.Unauthorized;
import dev.chatwidget.core.error.UnexpectedResponse;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.Optional;

/**
 * Turns a token endpoint response into a grant or a classified error. Bodies are never quoted whole: a grant
 * holds secrets, so only the short OAuth {@code error} code of an error body may appear in a message.
 */
final class GrantDecoder {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private GrantDecoder() {
    }

    static Either<ChatWidgetError, TokenGrant> decode(int status, String body, Optional<String> retryAfter) {
        if (status >= 200 && status < 300) {
            return grant(status, body);
        }
        Optional<JsonNode> json = parse(body);
        Optional<String> traceId = json.map(j -> j.path("traceId")).filter(JsonNode::isTextual).map(JsonNode::asText);
        String code = json.map(GrantDecoder::errorCode).orElse("");
        String seen = "HTTP " + status + (code.isEmpty() ? "" : ", " + code);
        if (code.equals("invalid_client")) {
            return Either.left(new Unauthorized("the OAuth token endpoint rejected the app's client credentials ("
                    + seen + "): check the client id and secret", traceId));
        }
        if (status == 400 || status == 401) {
            return Either.left(new Unauthorized("the OAuth token endpoint rejected the refresh (" + seen
                    + "): re-authorization is needed (re-install the app)", traceId));
        }
        if (status == 403) {
            return Either.left(new Forbidden("the OAuth token endpoint refused the refresh (" + seen + ")", traceId));
        }
        if (status == 429) {
            return Either.left(new RateLimited(RateLimited.Scope.BURST, RateLimits.NONE, seconds(retryAfter),
                    "the OAuth token endpoint is rate limiting (" + seen + ")", traceId));
        }
        if (status >= 500 && status < 600) {
            return Either.left(new ServerError(status, "the OAuth token endpoint failed (" + seen + ")", traceId));
        }
        return Either.left(new UnexpectedResponse(status, "the OAuth token endpoint answered " + seen, code, traceId));
    }

    private static Either<ChatWidgetError, TokenGrant> grant(int status, String body) {
        JsonNode json = parse(body).filter(JsonNode::isObject).orElse(null);
        if (json == null) {
            return malformed(status, "is not a JSON object");
        }
        JsonNode access = json.path("access_token");
        JsonNode refresh = json.path("refresh_token");
        JsonNode expiresIn = json.path("expires_in");
        JsonNode location = json.path("locationId");
        if (!access.isTextual() || !refresh.isTextual()) {
            return malformed(status, "lacks access_token or refresh_token");
        }
        if (!(expiresIn.canConvertToLong() || expiresIn.isTextual() && expiresIn.asText().matches("[0-9]{1,12}"))
                || expiresIn.asLong() <= 0) {
            return malformed(status, "lacks a positive expires_in");
        }
        try {
            return Either.right(new TokenGrant(new AccessToken(access.asText()), new RefreshToken(refresh.asText()),
                    Duration.ofSeconds(expiresIn.asLong()),
                    location.isTextual() ? Optional.of(LocationId.of(location.asText())) : Optional.empty()));
        } catch (IllegalArgumentException e) {
            return malformed(status, "holds a malformed token or locationId");
        }
    }

    private static Either<ChatWidgetError, TokenGrant> malformed(int status, String what) {
        return Either.left(new UnexpectedResponse(status, "the OAuth token endpoint's grant " + what, "",
                Optional.empty()));
    }

    private static Optional<JsonNode> parse(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JSON.readTree(body));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** The OAuth error code ({@code invalid_grant}, ...), only if it looks like one. */
    private static String errorCode(JsonNode json) {
        JsonNode error = json.path("error");
        return error.isTextual() && error.asText().matches("[A-Za-z0-9_ .-]{1,40}") ? error.asText() : "";
    }

    private static Optional<Duration> seconds(Optional<String> retryAfter) {
        return retryAfter.map(String::trim).filter(s -> s.matches("[0-9]{1,9}")).map(s -> Duration.ofSeconds(Long.parseLong(s)));
    }
}
