package dev.chatwidget.core.application;

import static dev.chatwidget.core.application.RecordingGateway.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.CloneRequest;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.Invalid;
import dev.chatwidget.core.error.Violation;
import dev.chatwidget.core.port.in.ChatWidgets;
import io.vavr.control.Either;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input is answered with Invalid naming every bad field and its rule, and never reaches the gateway. */
class ChatWidgetServiceValidationTest {

    private static final WidgetId ID = WidgetId.of("w1");
    private static final String TOO_LONG = "n".repeat(256);

    static Stream<Arguments> invalidCalls() {
        return Stream.of(
                call("create with every field wrong", s -> s.create(NewWidget.of(LOCATION, ChatType.WA_CHAT, " ")
                        .withVersion(0).withDeleted(true)), "version", "chatType", "name", "deleted"),
                call("create without its required fields", s -> s.create(new NewWidget(null, -1, null, null, null,
                        null, null)), "locationId", "version", "chatType", "name"),
                call("create with a name too long", s -> s.create(NewWidget.of(LOCATION, ChatType.EMAIL_CHAT, TOO_LONG)),
                        "name"),
                call("create of nothing", s -> s.create(null), "widget"),
                call("get without ids", s -> s.get(null, null), "locationId", "id"),
                call("replace without location", s -> s.replace(null, ID, WidgetUpdate.none()), "locationId"),
                call("replace without update", s -> s.replace(LOCATION, ID, null), "update"),
                call("replace to another chat type", s -> s.replace(LOCATION, ID,
                        WidgetUpdate.none().withChatType(ChatType.INSTAGRAM_CHAT)), "chatType"),
                call("patch with bad fields", s -> s.patch(LOCATION, null, WidgetUpdate.none().withVersion(0)
                        .withName("").withChatType(ChatType.of("futureChat"))), "id", "version", "name", "chatType"),
                call("public config without id or good version", s -> s.publicConfig(null, OptionalInt.of(0)),
                        "id", "version"),
                call("public config with null version", s -> s.publicConfig(ID, null), "version"),
                call("delete without ids", s -> s.delete(null, null), "locationId", "id"),
                call("clone of nothing", s -> s.clone(null), "request"),
                call("clone with a blank name", s -> s.clone(CloneRequest.of(LOCATION, ID).withName("  ")), "name"),
                call("clone with a name too long", s -> s.clone(CloneRequest.of(LOCATION, ID).withName(TOO_LONG)),
                        "name"),
                call("list of nothing", s -> s.list(null), "query"),
                call("list out of bounds", s -> s.list(ListQuery.of(LOCATION).withOffset(-1).withLimit(101)
                        .withVoiceAiAgentId(" ")), "offset", "limit", "voiceAiAgentId"),
                call("list past the offset cap", s -> s.list(ListQuery.of(LOCATION).withOffset(10_001)), "offset"),
                call("list all of nothing", s -> s.listAll(null), "query"),
                call("list all with limit 0", s -> s.listAll(ListQuery.of(LOCATION).withLimit(0)), "limit"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCalls")
    void invalid_input_is_answered_with_invalid_naming_each_bad_field_and_the_gateway_is_not_called(
            String description, Function<ChatWidgets, Either<ChatWidgetError, ?>> call, String[] badFields) {
        RecordingGateway gateway = new RecordingGateway();

        Either<ChatWidgetError, ?> result = call.apply(new ChatWidgetService(gateway));

        assertThat(result.isLeft()).isTrue();
        assertThat(result.getLeft()).isInstanceOfSatisfying(Invalid.class, invalid -> {
            assertThat(invalid.status()).isEqualTo(422);
            assertThat(invalid.violations()).extracting(v -> v.field().orElse("?"))
                    .containsExactlyInAnyOrder(badFields);
            assertThat(invalid.violations()).extracting(Violation::rule).allSatisfy(r -> assertThat(r).isNotBlank());
            assertThat(invalid.message()).contains(badFields);
        });
        assertThat(gateway.calls()).isEmpty();
    }

    private static Arguments call(String description, Function<ChatWidgets, Either<ChatWidgetError, ?>> call,
                                  String... badFields) {
        return Arguments.of(description, call, badFields);
    }
}
