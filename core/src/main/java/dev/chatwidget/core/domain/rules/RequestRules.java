package dev.chatwidget.core.domain.rules;

import dev.chatwidget.core.domain.CloneRequest;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.error.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rule 5 and the paging bounds of rule 7, checked on a request alone (no stored state needed), so the service
 * can report every bad field before any call and the fake can answer 422 for the same reasons.
 */
public final class RequestRules {

    public static final int MAX_NAME_LENGTH = 255;

    private RequestRules() {
    }

    public static List<Violation> check(NewWidget widget) {
        List<Violation> out = new ArrayList<>();
        if (widget.locationId() == null) {
            out.add(Violation.of("locationId", "is required"));
        }
        if (widget.version() <= 0) {
            out.add(Violation.of("version", "is required and must be a positive number"));
        }
        if (widget.chatType() == null) {
            out.add(Violation.of("chatType", "is required"));
        } else {
            WritableChatTypes.check(widget.chatType()).ifPresent(out::add);
        }
        checkName(Optional.ofNullable(widget.name()), true).ifPresent(out::add);
        if (widget.deleted().orElse(false)) {
            out.add(Violation.of("deleted", "must not be true on create"));
        }
        return out;
    }

    public static List<Violation> check(WidgetUpdate update) {
        List<Violation> out = new ArrayList<>();
        update.version().filter(v -> v <= 0).ifPresent(v -> out.add(Violation.of("version", "must be a positive number")));
        update.chatType().flatMap(WritableChatTypes::check).ifPresent(out::add);
        if (update.name().isPresent()) {
            checkName(update.name(), false).ifPresent(out::add);
        }
        return out;
    }

    public static List<Violation> check(CloneRequest request) {
        List<Violation> out = new ArrayList<>();
        if (request.name().isPresent()) {
            checkName(request.name(), false).ifPresent(out::add);
        }
        return out;
    }

    public static List<Violation> check(ListQuery query) {
        List<Violation> out = new ArrayList<>();
        if (query.offset() < 0 || query.offset() > ListQuery.MAX_OFFSET) {
            out.add(Violation.of("offset", "must be between 0 and " + ListQuery.MAX_OFFSET));
        }
        if (query.limit() < 1 || query.limit() > ListQuery.MAX_LIMIT) {
            out.add(Violation.of("limit", "must be between 1 and " + ListQuery.MAX_LIMIT));
        }
        query.voiceAiAgentId().filter(String::isBlank)
                .ifPresent(v -> out.add(Violation.of("voiceAiAgentId", "must not be blank")));
        return out;
    }

    private static Optional<Violation> checkName(Optional<String> name, boolean required) {
        if (name.isEmpty() || name.get().isBlank()) {
            return Optional.of(Violation.of("name", required ? "is required and must not be blank" : "must not be blank"));
        }
        if (name.get().length() > MAX_NAME_LENGTH) {
            return Optional.of(Violation.of("name", "must be at most " + MAX_NAME_LENGTH + " characters"));
        }
        return Optional.empty();
    }
}
