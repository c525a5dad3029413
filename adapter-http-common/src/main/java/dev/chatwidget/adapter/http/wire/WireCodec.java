package dev.chatwidget.adapter.http.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.CloneRequest;
import dev.chatwidget.core.domain.Deleted;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.PublicConfig;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.Invalid;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every JSON body of the API, both ways, for the HTTP adapters (encode requests, decode responses) and for servers
 * that speak the API (decode requests, encode responses). Thread-safe and allocation-light: one configured mapper,
 * readers and writers built once.
 *
 * <p>Response decoders never throw: a body that is not the expected JSON becomes an
 * {@link dev.chatwidget.core.error.UnexpectedResponse} (status 200; callers that know the real status replace it).
 * Request decoders report a body that is not JSON as {@code Invalid} 400 and a value the domain refuses as
 * {@code Invalid} 422 naming the field.
 */
public final class WireCodec {

    private static final WireCodec INSTANCE = new WireCodec();
    private static final byte[] NOTHING = new byte[0];

    private final WidgetDtoMapper widgets = new WidgetDtoMapperImpl();
    private final WidgetSummaryDtoMapper summaries = new WidgetSummaryDtoMapperImpl();
    private final NewWidgetDtoMapper newWidgets = new NewWidgetDtoMapperImpl();
    private final WidgetUpdateDtoMapper updates = new WidgetUpdateDtoMapperImpl();
    private final CloneRequestDtoMapper clones = new CloneRequestDtoMapperImpl();
    private final PublicConfigDtoMapper publicConfigs = new PublicConfigDtoMapperImpl();
    private final ErrorBodyDtoMapper errors = new ErrorBodyDtoMapperImpl();

    // Built once: a method reference bound to this codec would be a new object on every call.
    private final Function<WidgetDto, ChatWidget> toWidget = this::widget;

    private WireCodec() {
    }

    /** The shared codec. */
    public static WireCodec instance() {
        return INSTANCE;
    }

    // ---- responses ------------------------------------------------------------------------------------------

    public byte[] encodeWidget(ChatWidget widget) {
        return write(WireJson.WIDGET_OUT, widgets.toDto(widget));
    }

    public Either<ChatWidgetError, ChatWidget> decodeWidget(byte[] body) {
        return ResponseDecoding.decode(body, WireJson.WIDGET, toWidget);
    }

    /** {@link #decodeWidget(byte[])} as the body arrives; an error quotes no excerpt (its caller holds none). */
    public Either<ChatWidgetError, ChatWidget> decodeWidget(InputStream body) {
        return ResponseDecoding.decode(body, NOTHING, WireJson.WIDGET, toWidget);
    }

    /** A list response; {@code totalCount} is left out when the page says it was never reported. */
    public byte[] encodePage(Page<WidgetSummary> page) {
        return write(WireJson.LIST_OUT, new ListResponseDto(summaries.toDto(page.items()),
                page.totalReported() ? page.totalCount() : null));
    }

    /**
     * The list response; {@code query} is the query that was sent (a page remembers it). Without
     * {@code totalCount} the page says so, and counts only what it proves (offset + items).
     */
    public Either<ChatWidgetError, Page<WidgetSummary>> decodePage(byte[] body, ListQuery query) {
        return ResponseDecoding.decode(body, WireJson.LIST, (ListResponseDto dto) -> page(dto, query));
    }

    /** {@link #decodePage(byte[], ListQuery)} as the body arrives; an error quotes no excerpt. */
    public Either<ChatWidgetError, Page<WidgetSummary>> decodePage(InputStream body, ListQuery query) {
        return ResponseDecoding.decode(body, NOTHING, WireJson.LIST, (ListResponseDto dto) -> page(dto, query));
    }

    public byte[] encodePublicConfig(PublicConfig config) {
        return write(WireJson.PUBLIC_CONFIG_OUT, publicConfigs.toResponse(config));
    }

    /**
     * The public config response: {@code {"config": {...}}}, or the bare object. The schema is undocumented, so a
     * missing {@code _id} falls back to the id that was asked for.
     */
    public Either<ChatWidgetError, PublicConfig> decodePublicConfig(byte[] body, WidgetId requested) {
        return ResponseDecoding.decode(body, WireJson.TREE, (JsonNode root) -> publicConfig(root, requested));
    }

    /** {@link #decodePublicConfig(byte[], WidgetId)} as the body arrives; an error quotes no excerpt. */
    public Either<ChatWidgetError, PublicConfig> decodePublicConfig(InputStream body, WidgetId requested) {
        return ResponseDecoding.decode(body, NOTHING, WireJson.TREE, (JsonNode root) -> publicConfig(root, requested));
    }

    /**
     * The delete response: the deleted widget, as the service sends it; when only the location and id are known,
     * the partial widget that says just that.
     */
    public byte[] encodeDeleted(Deleted deleted) {
        return deleted.widget().map(this::encodeWidget).orElseGet(() -> write(WireJson.WIDGET_OUT,
                new WidgetDto(deleted.id().value(), null, null, null, deleted.locationId().value(), true, null, null,
                        null, null, null, null, null)));
    }

    /**
     * The delete response for the widget the call named. The service answers the deleted widget; a body that is
     * empty, not JSON, partial or about another widget still means the delete succeeded (the status said so), and
     * gives a {@link Deleted} without a widget.
     */
    public Deleted decodeDeleted(byte[] body, LocationId locationId, WidgetId id) {
        if (body == null || body.length == 0) {
            return new Deleted(locationId, id);
        }
        return deleted(decodeWidget(body), locationId, id);
    }

    /** {@link #decodeDeleted(byte[], LocationId, WidgetId)} as the body arrives (an empty one included). */
    public Deleted decodeDeleted(InputStream body, LocationId locationId, WidgetId id) {
        return deleted(decodeWidget(body), locationId, id);
    }

    private static Deleted deleted(Either<ChatWidgetError, ChatWidget> widget, LocationId locationId, WidgetId id) {
        if (widget.isRight() && widget.get().id().equals(id) && widget.get().locationId().equals(locationId)) {
            return Deleted.of(widget.get());
        }
        return new Deleted(locationId, id);
    }

    private ChatWidget widget(WidgetDto dto) {
        return widgets.toDomain(dto);
    }

    private Page<WidgetSummary> page(ListResponseDto dto, ListQuery query) {
        List<WidgetSummary> items = dto.chatWidgets() == null ? List.of() : summaries.toDomain(dto.chatWidgets());
        boolean reported = dto.totalCount() != null;
        long total = reported ? dto.totalCount() : (long) query.offset() + items.size();
        return new Page<>(items, total, query, reported);
    }

    private PublicConfig publicConfig(JsonNode root, WidgetId requested) {
        JsonNode config = root.path("config").isObject() ? root.get("config") : root;
        PublicConfigDto dto = ResponseDecoding.read(WireJson.PUBLIC_CONFIG, config);
        if (dto.id() == null) {
            dto = new PublicConfigDto(requested.value(), dto.locationId(), dto.chatType(), dto.version(),
                    dto.name(), dto.settings());
        }
        return publicConfigs.toDomain(dto);
    }

    public byte[] encodeError(ErrorBody error) {
        return write(WireJson.ERROR_OUT, errors.toDto(error));
    }

    /** The body a server sends for {@code error}; see {@link ErrorBodies#of(ChatWidgetError)}. */
    public byte[] encodeError(ChatWidgetError error) {
        return encodeError(ErrorBodies.of(error));
    }

    /** An error body, when the body is a JSON object at all (proxies send HTML, or nothing). */
    public Optional<ErrorBody> decodeError(byte[] body) {
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        try {
            JsonNode root = WireJson.TREE.readTree(body);
            if (root == null || !root.isObject()) {
                return Optional.empty();
            }
            return Optional.of(errors.toDomain(WireJson.ERROR.readValue(root)));
        } catch (IOException | RuntimeException notAnErrorBody) {
            return Optional.empty();
        }
    }

    // ---- requests -------------------------------------------------------------------------------------------

    public byte[] encodeCreate(NewWidget widget) {
        return write(WireJson.CREATE_OUT, newWidgets.toDto(widget));
    }

    public Either<Invalid, NewWidget> decodeCreate(byte[] body) {
        return RequestDecoding.decode(body, WireJson.CREATE, (CreateBodyDto dto) -> newWidgets.toDomain(dto));
    }

    /** The replace and the patch body (same shape): a field not named is absent, JSON nulls in settings kept. */
    public byte[] encodeUpdate(WidgetUpdate update) {
        return write(WireJson.UPDATE_OUT, updates.toDto(update));
    }

    public Either<Invalid, WidgetUpdate> decodeUpdate(byte[] body) {
        return RequestDecoding.decode(body, WireJson.UPDATE, (UpdateBodyDto dto) -> updates.toDomain(dto));
    }

    public byte[] encodeClone(CloneRequest request) {
        return write(WireJson.CLONE_OUT, clones.toDto(request));
    }

    public Either<Invalid, CloneRequest> decodeClone(byte[] body) {
        return RequestDecoding.decode(body, WireJson.CLONE, (CloneBodyDto dto) -> {
            RequestDecoding.require("locationId", dto.locationId());
            RequestDecoding.require("chatWidgetId", dto.chatWidgetId());
            return clones.toDomain(dto);
        });
    }

    private static byte[] write(ObjectWriter writer, Object dto) {
        try {
            return writer.writeValueAsBytes(dto);
        } catch (IOException e) {
            // Only our own DTOs over in-memory buffers are written here: a failure is a bug, not an outcome.
            throw new UncheckedIOException("cannot encode " + dto.getClass().getSimpleName(), e);
        }
    }
}
