package dev.chatwidget.benchmarks.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatwidget.benchmarks.fixture.WidgetFixture;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The JSON side of the raw baselines, shared by every transport: the two ways a team would use Jackson on its
 * own, a tree ({@code readTree}, request bodies as {@code ObjectNode}) and databind into plain records. Readers
 * and writers are made once, as a careful client would; request bodies are built per call, as the adapters do.
 */
final class RawJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final ObjectReader WIDGET = MAPPER.readerFor(WidgetRecord.class);
    private static final ObjectReader LIST = MAPPER.readerFor(WidgetListRecord.class);
    private static final ObjectWriter NEW_WIDGET = MAPPER.writerFor(NewWidgetBody.class);
    private static final ObjectWriter PATCH = MAPPER.writerFor(PatchBody.class);
    private static final Map<String, Object> SETTINGS = WidgetFixture.settings();
    private static final Map<String, Object> SETTINGS_PATCH = WidgetFixture.settingsPatch();
    private static final JsonNode SETTINGS_TREE = MAPPER.valueToTree(SETTINGS);
    private static final JsonNode SETTINGS_PATCH_TREE = MAPPER.valueToTree(SETTINGS_PATCH);

    /** Reads a response body into a value. */
    @FunctionalInterface
    interface BodyReader<T> {
        T read(InputStream in) throws IOException;
    }

    static final BodyReader<JsonNode> TREE = MAPPER::readTree;
    static final BodyReader<WidgetRecord> WIDGET_RECORD = WIDGET::readValue;
    static final BodyReader<WidgetListRecord> LIST_RECORD = LIST::readValue;

    /** The create body, databind side. */
    record NewWidgetBody(String locationId, int version, String chatType, String name, Map<String, Object> settings) {
    }

    /** The patch body, databind side. */
    record PatchBody(String name, Map<String, Object> settings) {
    }

    private RawJson() {
    }

    static byte[] createTree() {
        ObjectNode body = MAPPER.createObjectNode()
                .put("locationId", WidgetFixture.LOCATION).put("version", 3).put("chatType", "liveChat")
                .put("name", WidgetFixture.WRITE_NAME);
        body.set("settings", SETTINGS_TREE);
        return bytes(body);
    }

    static byte[] patchTree() {
        ObjectNode body = MAPPER.createObjectNode().put("name", WidgetFixture.WRITE_NAME);
        body.set("settings", SETTINGS_PATCH_TREE);
        return bytes(body);
    }

    static byte[] createRecord() {
        try {
            return NEW_WIDGET.writeValueAsBytes(new NewWidgetBody(WidgetFixture.LOCATION, 3, "liveChat",
                    WidgetFixture.WRITE_NAME, SETTINGS));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] patchRecord() {
        try {
            return PATCH.writeValueAsBytes(new PatchBody(WidgetFixture.WRITE_NAME, SETTINGS_PATCH));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(JsonNode body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
