package dev.chatwidget.cli;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatTypeFilter;
import dev.chatwidget.core.domain.CreationSource;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code list}: a location's live widgets, one page or (with --all) every page. */
@Command(name = "list", description = "List a location's widgets, oldest first.")
final class ListCommand implements Callable<Integer> {

    @ParentCommand
    ChatWidgetCommand root;

    @Mixin
    HelpOption help;

    @Option(names = "--location", required = true, paramLabel = "LOCATION_ID")
    LocationId location;

    @Option(names = "--chat-type", paramLabel = "TYPE", description = "Only this type (webChat: its four types)")
    ChatTypeFilter chatType;

    @Option(names = "--exclude-chat-type", paramLabel = "TYPE", description = "Leave out this type")
    ChatType excludeChatType;

    @Option(names = "--voice-ai-agent-id", paramLabel = "ID", description = "Only widgets of this voice AI agent")
    String voiceAiAgentId;

    @Option(names = "--all-in-one-chat-types", split = ",", paramLabel = "TYPE",
            description = "With --chat-type allInOneChat: only widgets bundling one of these types")
    List<ChatTypeFilter> allInOneChatTypes;

    @Option(names = "--creation-source", paramLabel = "SOURCE",
            description = "Only widgets made this way (chat-widget, a2pCompliance, public-api, snapshot, ...)")
    CreationSource creationSource;

    @Option(names = "--exclude-creation-source", paramLabel = "SOURCE", description = "Leave out widgets made this way")
    CreationSource excludeCreationSource;

    @Option(names = "--offset", defaultValue = "0", paramLabel = "N", description = "0..10000 (default: 0)")
    int offset;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "1..100 (default: 20)")
    int limit;

    @Option(names = "--all", description = "Follow every page from --offset, --limit at a time")
    boolean all;

    @Override
    public Integer call() {
        ListQuery query = ListQuery.of(location).withOffset(offset).withLimit(limit);
        if (chatType != null) {
            query = query.withChatType(chatType);
        }
        if (excludeChatType != null) {
            query = query.withExcludeChatType(excludeChatType);
        }
        if (voiceAiAgentId != null) {
            query = query.withVoiceAiAgentId(voiceAiAgentId);
        }
        if (creationSource != null) {
            query = query.withCreationSource(creationSource);
        }
        if (excludeCreationSource != null) {
            query = query.withExcludeCreationSource(excludeCreationSource);
        }
        if (allInOneChatTypes != null) {
            query = query.withAllInOneChatTypes(allInOneChatTypes);
        }
        try (Session session = root.openSession()) {
            return all ? root.printer().all(session.widgets().listAll(query), query)
                    : root.printer().page(session.widgets().list(query));
        }
    }
}
