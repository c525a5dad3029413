package dev.chatwidget.cli;

import dev.chatwidget.adapter.http.wire.WireCodec;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.domain.settings.WidgetSettings;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads {@code --settings FILE|-}: a JSON object, decoded by the wire codec exactly as the API's body would be. */
final class SettingsFile {

    private SettingsFile() {
    }

    static WidgetSettings read(String source, Terminal terminal) {
        String where = "-".equals(source) ? "standard input" : source;
        byte[] bytes;
        try {
            bytes = "-".equals(source) ? terminal.in().readAllBytes() : Files.readAllBytes(Path.of(source));
        } catch (NoSuchFileException e) {
            throw new UsageException("--settings: no such file: " + source);
        } catch (IOException e) {
            throw new UsageException("--settings: cannot read " + where + ": " + e.getMessage());
        }
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        if (!text.startsWith("{")) {
            throw new UsageException("--settings: " + where + " must hold one JSON object");
        }
        // The settings travel in an update body, so they are read with the API's own rules (exact numbers, nulls).
        byte[] body = ("{\"settings\":" + text + "}").getBytes(StandardCharsets.UTF_8);
        Either<?, WidgetUpdate> decoded = WireCodec.instance().decodeUpdate(body);
        if (decoded.isLeft() || !decoded.get().equals(WidgetUpdate.none().withSettings(
                decoded.get().settings().orElse(WidgetSettings.EMPTY)))) {
            throw new UsageException("--settings: " + where + " is not one valid JSON object");
        }
        return decoded.get().settings().orElseThrow();
    }
}
