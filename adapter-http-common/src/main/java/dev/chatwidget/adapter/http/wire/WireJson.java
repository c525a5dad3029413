package dev.chatwidget.adapter.http.wire;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.chatwidget.core.domain.json.JsonValue;

/**
 * The one configured Jackson mapper of the wire, with its readers and writers built once: decoding tolerates
 * unknown fields and keeps every number exactly as written (so settings survive a round trip untouched).
 */
final class WireJson {

    /** Keeps {@code 1.50} as {@code 1.50}: no trailing-zero stripping, no detour through double. */
    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .nodeFactory(NODES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            // Parse errors must never quote the body: it may hold data the caller did not mean to log.
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            // Settings go straight between the token stream and the core's JSON values: no Jackson tree built.
            .addModule(new SimpleModule("core-json")
                    .addDeserializer(JsonValue.class, new JsonValueDeserializer())
                    .addSerializer(JsonValue.class, new JsonValueSerializer()))
            .build();

    static final ObjectReader WIDGET = MAPPER.readerFor(WidgetDto.class);
    static final ObjectReader LIST = MAPPER.readerFor(ListResponseDto.class);
    static final ObjectReader PUBLIC_CONFIG = MAPPER.readerFor(PublicConfigDto.class);
    static final ObjectReader ERROR = MAPPER.readerFor(ErrorDto.class);
    /**
     * Requests are read strictly, as the service's validation does: {@code "version": "3"} or {@code 2.5} is a 422,
     * never quietly coerced. Responses stay tolerant (a client must not fail on what the service chooses to send).
     */
    static final ObjectMapper STRICT = strict(MAPPER.copy());

    static final ObjectReader CREATE = STRICT.readerFor(CreateBodyDto.class);
    static final ObjectReader UPDATE = STRICT.readerFor(UpdateBodyDto.class);
    static final ObjectReader CLONE = STRICT.readerFor(CloneBodyDto.class);
    static final ObjectReader TREE = MAPPER.readerFor(JsonNode.class);

    static final ObjectWriter WIDGET_OUT = MAPPER.writerFor(WidgetDto.class);
    static final ObjectWriter LIST_OUT = MAPPER.writerFor(ListResponseDto.class);
    static final ObjectWriter PUBLIC_CONFIG_OUT = MAPPER.writerFor(PublicConfigResponseDto.class);
    static final ObjectWriter ERROR_OUT = MAPPER.writerFor(ErrorDto.class);
    static final ObjectWriter CREATE_OUT = MAPPER.writerFor(CreateBodyDto.class);
    static final ObjectWriter UPDATE_OUT = MAPPER.writerFor(UpdateBodyDto.class);
    static final ObjectWriter CLONE_OUT = MAPPER.writerFor(CloneBodyDto.class);

    private WireJson() {
    }

    private static ObjectMapper strict(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return mapper;
    }
}
