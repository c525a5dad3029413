package dev.chatwidget.testkit.server;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatTypeFilter;
import dev.chatwidget.core.domain.CreationSource;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.PathSegment;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The list route's query string to a {@link ListQuery}. Offset and limit travel as strings and must be whole
 * numbers; their bounds are the gateway's rule. {@code allInOneChatTypes} may be comma-separated, repeated, or
 * both. Unknown chat types and creation sources pass (the sets are open), but {@code webChat} is not a type to
 * exclude.
 */
final class ListQueries {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,18}");

    private ListQueries() {
    }

    static Either<List<String>, ListQuery> parse(QueryParams query) {
        List<String> problems = new ArrayList<>();
        Optional<String> location = single(query, "locationId", problems);
        if (location.isEmpty() && !query.has("locationId")) {
            problems.add("locationId is required");
        } else if (location.isPresent() && PathSegment.problem(location.get()).isPresent()) {
            problems.add("locationId must be a valid id");
        }
        int offset = number(query, "offset", 0, problems);
        int limit = number(query, "limit", ListQuery.DEFAULT_LIMIT, problems);
        Optional<ChatTypeFilter> chatType = single(query, "chatType", problems)
                .flatMap(v -> type("chatType", v, problems)).map(t -> ChatTypeFilter.of(t.wireValue()));
        Optional<ChatType> exclude = single(query, "excludeChatType", problems)
                .flatMap(v -> type("excludeChatType", v, problems));
        if (exclude.filter(t -> t.wireValue().equals(ChatTypeFilter.WEB_CHAT_VALUE)).isPresent()) {
            problems.add("excludeChatType must be a chat type, not webChat");
        }
        Optional<String> voiceAiAgentId = single(query, "voiceAiAgentId", problems);
        Optional<CreationSource> source = source(query, "creationSource", problems);
        Optional<CreationSource> excludeSource = source(query, "excludeCreationSource", problems);
        List<ChatTypeFilter> allInOne = new ArrayList<>();
        for (String value : query.all("allInOneChatTypes")) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    allInOne.add(ChatTypeFilter.of(part.trim()));
                }
            }
        }
        if (!problems.isEmpty()) {
            return Either.left(List.copyOf(problems));
        }
        return Either.right(new ListQuery(LocationId.of(location.get()), offset, limit, chatType,
                exclude, voiceAiAgentId, allInOne, source, excludeSource));
    }

    private static Optional<String> single(QueryParams query, String name, List<String> problems) {
        List<String> values = query.all(name);
        if (values.size() > 1) {
            problems.add(name + " must be given once");
            return Optional.empty();
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    private static int number(QueryParams query, String name, int absent, List<String> problems) {
        if (!query.has(name)) {
            return absent;
        }
        Optional<String> value = single(query, name, problems);
        if (value.isEmpty()) {
            return absent;
        }
        if (!WHOLE_NUMBER.matcher(value.get()).matches()) {
            problems.add(name + " must be a number string");
            return absent;
        }
        // Out-of-int-range numbers are still numbers: clamp, and let the gateway's bounds reject them.
        long parsed = Long.parseLong(value.get());
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, parsed));
    }

    /** A creation source: any non-empty value (the set is open). */
    private static Optional<CreationSource> source(QueryParams query, String name, List<String> problems) {
        Optional<String> value = single(query, name, problems);
        if (value.filter(String::isBlank).isPresent()) {
            problems.add(name + " must not be empty");
            return Optional.empty();
        }
        return value.map(CreationSource::of);
    }

    private static Optional<ChatType> type(String name, String value, List<String> problems) {
        if (value.isBlank()) {
            problems.add(name + " must not be empty");
            return Optional.empty();
        }
        return Optional.of(ChatType.of(value));
    }
}
