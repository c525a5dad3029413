package dev.chatwidget.testkit.model;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatTypeFilter;
import dev.chatwidget.core.domain.json.JsonObject;
import java.util.Optional;

/** One step of a random session against a location; small records so jqwik's shrunk sequences read well. */
sealed interface Command {

    record Create(ChatType type, String name, boolean asDefault, JsonObject settings) implements Command {
    }

    record Seed(ChatType type, boolean asDefault) implements Command {
    }

    record Replace(int target, Optional<ChatType> type, Optional<String> name, Optional<Boolean> asDefault,
                   Optional<JsonObject> settings) implements Command {
    }

    record Patch(int target, Optional<ChatType> type, Optional<String> name, Optional<Boolean> asDefault,
                 Optional<JsonObject> settings) implements Command {
    }

    record Delete(int target) implements Command {
    }

    record Clone(int target, Optional<String> name) implements Command {
    }

    record List(Optional<ChatTypeFilter> chatType) implements Command {
    }
}
