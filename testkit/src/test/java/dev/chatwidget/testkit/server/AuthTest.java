package dev.chatwidget.testkit.server;

import static dev.chatwidget.testkit.server.Call.call;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.adapter.inmemory.AccessPolicy;
import dev.chatwidget.adapter.inmemory.SeedWidget;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.LocationId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthTest {

    static final LocationId LOC = LocationId.of("loc1");
    static final LocationId FOREIGN = LocationId.of("loc2");
    static final String LIST = "/chat-widget/list?locationId=loc1&offset=0&limit=10";
    static final String CREATE_BODY = "{\"version\":3,\"chatType\":\"liveChat\",\"name\":\"n\",\"locationId\":\"loc1\"}";

    FakeHighLevelServer server;

    @BeforeEach
    void start() {
        server = FakeHighLevelServer.builder()
                .token("all", Set.of(LOC), Scopes.ALL)
                .token("reader", Set.of(LOC), Scopes.READ_ONLY)
                .token("writer", Set.of(LOC), Scopes.WRITE_ONLY)
                .token("agency", TokenAccess.anyLocation(Scopes.ALL))
                .rateLimits(RateLimitPolicy.UNLIMITED)
                .start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_call_without_a_token_is_401_with_the_documented_body() {
        Call.Response r = call(server, "GET", LIST).send();

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("message").asText()).isEqualTo("Invalid token: access token is invalid");
        assertThat(r.json().get("error").asText()).isEqualTo("Unauthorized");
    }

    @Test
    void an_unknown_token_or_a_non_bearer_scheme_is_401() {
        assertThat(call(server, "GET", LIST).token("nope").send().status()).isEqualTo(401);
        assertThat(call(server, "GET", LIST).header("Authorization", "Basic YWxsOg==").send().status()).isEqualTo(401);
        assertThat(call(server, "GET", LIST).header("Authorization", "Bearer").send().status()).isEqualTo(401);
        assertThat(call(server, "GET", LIST).header("Authorization", "bearer all").send().status()).isEqualTo(200);
    }

    @Test
    void a_token_without_the_location_is_403_for_reads_and_writes() {
        ChatWidget foreign = server.seed(SeedWidget.of(FOREIGN, ChatType.LIVE_CHAT, "theirs"));

        Call.Response list = call(server, "GET", "/chat-widget/list?locationId=loc2&offset=0&limit=10")
                .token("all").send();
        Call.Response get = call(server, "GET", "/chat-widget/data/loc2/" + foreign.id()).token("all").send();
        Call.Response create = call(server, "POST", "/chat-widget/").token("all")
                .body(CREATE_BODY.replace("loc1", "loc2")).send();
        Call.Response delete = call(server, "DELETE", "/chat-widget/loc2/" + foreign.id()).token("all").send();

        assertThat(list.status()).isEqualTo(403);
        assertThat(list.json().get("message").asText()).isEqualTo("The token does not have access to this location");
        assertThat(get.status()).isEqualTo(403);
        assertThat(create.status()).isEqualTo(403);
        assertThat(delete.status()).isEqualTo(403);
        assertThat(server.fake().liveWidgets(FOREIGN)).hasSize(1);
    }

    @Test
    void a_token_for_any_location_reaches_every_location() {
        assertThat(call(server, "GET", "/chat-widget/list?locationId=elsewhere&offset=0&limit=10").token("agency")
                .send().status()).isEqualTo(200);
    }

    @Test
    void a_token_without_the_scope_is_401_like_the_service() {
        Call.Response readerWrites = call(server, "POST", "/chat-widget/").token("reader").body(CREATE_BODY).send();
        Call.Response writerReads = call(server, "GET", LIST).token("writer").send();

        assertThat(readerWrites.status()).isEqualTo(401);
        assertThat(readerWrites.json().get("message").asText()).isEqualTo("The token is not authorized for this scope.");
        assertThat(writerReads.status()).isEqualTo(401);
        assertThat(call(server, "GET", LIST).token("reader").send().status()).isEqualTo(200);
        assertThat(call(server, "POST", "/chat-widget/").token("writer").body(CREATE_BODY).send().status())
                .isEqualTo(201);
    }

    @Test
    void public_config_needs_no_token() {
        ChatWidget w = server.seed(SeedWidget.of(LOC, ChatType.LIVE_CHAT, "public"));

        assertThat(call(server, "GET", "/chat-widget/public/config/" + w.id()).send().status()).isEqualTo(200);
        assertThat(call(server, "GET", "/chat-widget/public/config/" + w.id()).token("garbage").send().status())
                .isEqualTo(200);
    }

    @Test
    void the_in_memory_access_policy_still_applies_behind_a_valid_token() {
        server.fake().accessPolicy(AccessPolicy.allExcept(Set.of(LOC)));

        assertThat(call(server, "GET", LIST).token("all").send().status()).isEqualTo(403);
    }

    @Test
    void a_plugged_in_validator_decides_tokens_the_server_was_not_given() {
        server.addTokenValidator(bearer -> bearer.equals("oauth-access")
                ? Optional.of(TokenAccess.of(LOC, Scopes.ALL)) : Optional.empty());

        assertThat(call(server, "GET", LIST).token("oauth-access").send().status()).isEqualTo(200);
        assertThat(call(server, "GET", LIST).token("oauth-other").send().status()).isEqualTo(401);
    }

    @Test
    void a_validator_can_be_given_to_the_builder_and_tokens_granted_and_revoked_while_running() {
        try (FakeHighLevelServer other = FakeHighLevelServer.builder()
                .tokenValidator(bearer -> Optional.of(TokenAccess.of(LOC, Scopes.READ_ONLY)))
                .start()) {
            assertThat(call(other, "GET", LIST).token("anything").send().status()).isEqualTo(200);
        }
        server.grant("late", TokenAccess.of(LOC, Scopes.ALL));
        assertThat(call(server, "GET", LIST).token("late").send().status()).isEqualTo(200);
        server.revoke("late");
        assertThat(call(server, "GET", LIST).token("late").send().status()).isEqualTo(401);
    }

    @Test
    void a_call_without_the_version_header_is_400_even_when_public() {
        ChatWidget w = server.seed(SeedWidget.of(LOC, ChatType.LIVE_CHAT, "public"));

        Call.Response r = call(server, "GET", LIST).token("all").withoutHeader("Version").send();

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("statusCode").asInt()).isEqualTo(400);
        assertThat(call(server, "GET", "/chat-widget/public/config/" + w.id()).withoutHeader("Version").send()
                .status()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "2021-07-28", "2023-02-21"})
    void the_three_known_version_values_are_accepted(String version) {
        assertThat(call(server, "GET", LIST).token("all").header("Version", version).send().status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v2", "2021-04-15", "V3", "latest"})
    void other_version_values_are_400(String version) {
        assertThat(call(server, "GET", LIST).token("all").header("Version", version).send().status()).isEqualTo(400);
    }
}
