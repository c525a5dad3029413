package dev.chatwidget.core.domain.rules;

import static dev.chatwidget.core.domain.LocationScenario.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.CloneRequest;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.error.Violation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule 5 on a request alone: what create, replace, patch and clone bodies must hold. */
class RequestRulesTest {

    private static final NewWidget VALID = NewWidget.of(LOCATION, ChatType.LIVE_CHAT, "Support");

    @Test
    void a_complete_create_request_breaks_no_rule() {
        assertThat(RequestRules.check(VALID)).isEmpty();
        assertThat(RequestRules.check(VALID.withDefault(true).withDeleted(false).withVersion(2))).isEmpty();
    }

    @Test
    void create_needs_version_chat_type_name_and_location() {
        NewWidget empty = new NewWidget(null, 0, null, null, null, null, null);

        assertThat(fields(RequestRules.check(empty))).containsExactlyInAnyOrder("locationId", "version", "chatType", "name");
    }

    @ParameterizedTest(name = "version {0}")
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void create_version_must_be_a_positive_number(int version) {
        assertThat(fields(RequestRules.check(VALID.withVersion(version)))).containsExactly("version");
        assertThat(fields(RequestRules.check(WidgetUpdate.none().withVersion(version)))).containsExactly("version");
    }

    @ParameterizedTest(name = "name \"{0}\"")
    @ValueSource(strings = {"", " ", "\t\n"})
    void name_must_not_be_blank(String name) {
        assertThat(fields(RequestRules.check(NewWidget.of(LOCATION, ChatType.LIVE_CHAT, name)))).containsExactly("name");
        assertThat(fields(RequestRules.check(WidgetUpdate.none().withName(name)))).containsExactly("name");
        assertThat(fields(RequestRules.check(CloneRequest.of(LOCATION, WidgetId.of("s")).withName(name))))
                .containsExactly("name");
    }

    @Test
    void a_create_says_the_name_is_required_and_a_change_only_that_it_must_not_be_blank() {
        assertThat(RequestRules.check(NewWidget.of(LOCATION, ChatType.LIVE_CHAT, " "))).singleElement()
                .satisfies(v -> assertThat(v.rule()).isEqualTo("is required and must not be blank"));
        assertThat(RequestRules.check(WidgetUpdate.none().withName(" "))).singleElement()
                .satisfies(v -> assertThat(v.rule()).isEqualTo("must not be blank"));
    }

    @Test
    void name_may_have_at_most_255_characters() {
        String longest = "n".repeat(RequestRules.MAX_NAME_LENGTH);
        String tooLong = longest + "n";

        assertThat(RequestRules.check(NewWidget.of(LOCATION, ChatType.LIVE_CHAT, longest))).isEmpty();
        assertThat(RequestRules.check(NewWidget.of(LOCATION, ChatType.LIVE_CHAT, tooLong)))
                .singleElement().satisfies(v -> assertThat(v.rule()).contains("255"));
        assertThat(fields(RequestRules.check(WidgetUpdate.none().withName(tooLong)))).containsExactly("name");
        assertThat(fields(RequestRules.check(CloneRequest.of(LOCATION, WidgetId.of("s")).withName(tooLong))))
                .containsExactly("name");
    }

    @Test
    void deleted_true_on_create_is_rejected() {
        assertThat(fields(RequestRules.check(VALID.withDeleted(true)))).containsExactly("deleted");
    }

    @Test
    void every_broken_rule_of_a_request_is_reported_at_once() {
        NewWidget bad = NewWidget.of(LOCATION, ChatType.WA_CHAT, "").withVersion(-2).withDeleted(true);

        assertThat(fields(RequestRules.check(bad))).containsExactlyInAnyOrder("version", "chatType", "name", "deleted");
        assertThat(fields(RequestRules.check(WidgetUpdate.none().withVersion(0).withChatType(ChatType.VOICE_AI_CHAT)
                .withName("")))).containsExactlyInAnyOrder("version", "chatType", "name");
    }

    @Test
    void update_and_clone_need_nothing() {
        assertThat(RequestRules.check(WidgetUpdate.none())).isEmpty();
        assertThat(RequestRules.check(CloneRequest.of(LOCATION, WidgetId.of("s")))).isEmpty();
        assertThat(RequestRules.check(new CloneRequest(LOCATION, WidgetId.of("s"), Optional.of("Copy")))).isEmpty();
    }

    static List<String> fields(List<Violation> violations) {
        return violations.stream().map(v -> v.field().orElse("?")).toList();
    }
}
