package dev.chatwidget.testkit.contract;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatTypeFilter;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.CloneRequest;
import dev.chatwidget.core.domain.Deleted;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.settings.WidgetSettings;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.Forbidden;
import dev.chatwidget.core.error.NotFound;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Plausible adapter bugs, each as a gateway that gets one thing wrong. */
final class BrokenGateways {

    private static final Set<String> DOCUMENTED_KEYS = Set.of("heading", "subHeading", "showPrompt", "locale",
            "promptType", "widgetPlacement", "widgetPrimaryColor", "chatIcon", "theme", "dimensions",
            "advanceSettings");

    private BrokenGateways() {
    }

    static ChatWidgetGateway listIgnoresOffset(ChatWidgetGateway g) {
        return new ForwardingGateway(g) {
            @Override
            public Either<ChatWidgetError, Page<WidgetSummary>> list(ListQuery query) {
                return delegate.list(query.withOffset(0)).map(p -> new Page<>(p.items(), p.totalCount(), query));
            }
        };
    }

    static ChatWidgetGateway totalCountIsPageSize(ChatWidgetGateway g) {
        return new ForwardingGateway(g) {
            @Override
            public Either<ChatWidgetError, Page<WidgetSummary>> list(ListQuery query) {
                return delegate.list(query).map(p -> new Page<>(p.items(), p.items().size(), query));
            }
        };
    }

    static ChatWidgetGateway listNewestFirst(ChatWidgetGateway g) {
        return new ForwardingGateway(g) {
            @Override
            public Either<ChatWidgetError, Page<WidgetSummary>> list(ListQuery query) {
                return delegate.list(query).map(p -> {
                    List<WidgetSummary> items = new ArrayList<>(p.items());
                    java.util.Collections.reverse(items);
                    return new Page<>(items, p.totalCount(), query);
                });
            }
        };
    }

    static ChatWidgetGateway webChatMeansEmailChatOnly(ChatWidgetGateway g) {
        return new ForwardingGateway(g) {
            @Override
            public Either<ChatWidgetError, Page<WidgetSummary>> list(ListQuery query) {
                boolean web = query.chatType().filter(ChatTypeFilter.WEB_CHAT::equals).isPresent();
                return delegate.list(web ? query.withChatType(ChatType.EMAIL_CHAT) : query);
            }
        };
    }

    static ChatWidgetGateway voiceAiAgentIdIgnored(ChatWidgetGateway g) {
        return new ForwardingGateway(g) {
            @Override
            public Either<ChatWidgetError, Page<WidgetSummary>> list(ListQuery query) {
                return delegate.list(new ListQuery(query.locationId(), query.offset(), query.limit(), query.chatType(),
                        query.excludeChatType(), Optional.empty(), query.allInOneChatTypes()));
            }
        };
    }

    static ChatWidgetGateway getDropsUnknownSettings(ChatWidgetGateway g) {
        return new ForwardingGateway(g) {
            @Override
            public Either<ChatWidgetError, ChatWidget> get(LocationId locationId, WidgetId id) {
                return delegate.get(locationId, id).map(w -> {
                    JsonObject.Builder known = JsonObject.builder();
                    w.settings().json().members().forEach((k, v) -> {
                        if (DOCUMENTED_KEYS.contains(k)) {
                            known.put(k, v);
                        }
                    });
                    return w.withContent(w.version(), w.chatType(), w.name(), WidgetSettings.of(known.build()),
                            w.updatedAt());
                });
            }
        };
    }

    static ChatWidgetGateway patchReplacesSettings(ChatWidgetGateway g) {
        return new ForwardingGateway(g) {
            @Override
            public Either<ChatWidgetError, ChatWidget> patch(LocationId locationId, WidgetId id, WidgetUpdate update) {
                return delegate.replace(locationId, id, update);
            }
        };
    }

    static ChatWidgetGateway unknownChatTypeReadAsLiveChat(ChatWidgetGateway g) {
        return new ForwardingGateway(g) {
            @Override
            public Either<ChatWidgetError, ChatWidget> get(LocationId locationId, WidgetId id) {
                return delegate.get(locationId, id).map(w -> w.chatType().isKnown() ? w
                        : w.withContent(w.version(), ChatType.LIVE_CHAT, w.name(), w.settings(), w.updatedAt()));
            }
        };
    }

    static ChatWidgetGateway cloneForgetsItsOrigin(ChatWidgetGateway g) {
        return new ForwardingGateway(g) {
            @Override
            public Either<ChatWidgetError, ChatWidget> clone(CloneRequest request) {
                return delegate.clone(request).map(w -> new ChatWidget(w.id(), w.locationId(), w.version(),
                        w.chatType(), w.name(), w.deleted(), w.isDefault(), w.settings(), w.creationSource(),
                        w.updatedBy(), Optional.empty(), w.createdAt(), w.updatedAt()));
            }
        };
    }

    static ChatWidgetGateway repairsBadVersions(ChatWidgetGateway g) {
        return new ForwardingGateway(g) {
            @Override
            public Either<ChatWidgetError, ChatWidget> create(NewWidget widget) {
                return delegate.create(widget.version() > 0 ? widget : widget.withVersion(1));
            }
        };
    }

    static ChatWidgetGateway everyWidgetClaimsDefault(ChatWidgetGateway g) {
        return new ForwardingGateway(g) {
            @Override
            public Either<ChatWidgetError, ChatWidget> get(LocationId locationId, WidgetId id) {
                return delegate.get(locationId, id).map(w -> w.withDefault(true, w.updatedAt()));
            }
        };
    }

    /** Hard-deletes nothing and forgets deletes: a deleted widget still reads back. */
    static ChatWidgetGateway deletedWidgetsStillReadable(ChatWidgetGateway g) {
        Map<WidgetId, ChatWidget> graveyard = new ConcurrentHashMap<>();
        return new ForwardingGateway(g) {
            @Override
            public Either<ChatWidgetError, Deleted> delete(LocationId locationId, WidgetId id) {
                delegate.get(locationId, id).forEach(w -> graveyard.put(id, w));
                return delegate.delete(locationId, id);
            }

            @Override
            public Either<ChatWidgetError, ChatWidget> get(LocationId locationId, WidgetId id) {
                ChatWidget buried = graveyard.get(id);
                return buried != null ? Either.right(buried) : delegate.get(locationId, id);
            }
        };
    }

    static ChatWidgetGateway forbiddenReportedAsNotFound(ChatWidgetGateway g) {
        return new ForwardingGateway(g) {
            @Override
            public Either<ChatWidgetError, ChatWidget> get(LocationId locationId, WidgetId id) {
                return delegate.get(locationId, id)
                        .mapLeft(e -> e instanceof Forbidden ? NotFound.of("not found") : e);
            }
        };
    }
}
