package dev.chatwidget.adapter.http;

import dev.chatwidget.adapter.http.wire.WireCodec;
import dev.chatwidget.core.call.WidgetRequest;
import dev.chatwidget.core.call.WidgetRequest.CloneWidget;
import dev.chatwidget.core.call.WidgetRequest.CreateWidget;
import dev.chatwidget.core.call.WidgetRequest.DeleteWidget;
import dev.chatwidget.core.call.WidgetRequest.GetPublicConfig;
import dev.chatwidget.core.call.WidgetRequest.ListWidgets;
import dev.chatwidget.core.call.WidgetRequest.PatchWidget;
import dev.chatwidget.core.call.WidgetRequest.ReplaceWidget;
import dev.chatwidget.core.error.ChatWidgetError;
import io.vavr.control.Either;
import java.io.InputStream;

/** Where the eight requests meet JSON, once: each request's body, and how its 2xx answer is decoded (from the stream). */
final class WireRequests {

    private static final WireCodec CODEC = WireCodec.instance();

    private WireRequests() {
    }

    /** The JSON body {@code request} is sent with, or {@code null} for one sent without a body. */
    static byte[] body(WidgetRequest<?> request) {
        if (request instanceof ReplaceWidget replace) {
            return CODEC.encodeUpdate(replace.update());
        }
        if (request instanceof PatchWidget patch) {
            return CODEC.encodeUpdate(patch.update());
        }
        if (request instanceof CloneWidget clone) {
            return CODEC.encodeClone(clone.request());
        }
        if (request instanceof CreateWidget create) {
            return CODEC.encodeCreate(create.widget());
        }
        return null;
    }

    // Each record's type parameter is the decoder's value type, so every cast below is exact.
    @SuppressWarnings("unchecked")
    static <R> Either<ChatWidgetError, R> decode(WidgetRequest<R> request, InputStream body) {
        Either<ChatWidgetError, ?> decoded;
        if (request instanceof ListWidgets list) {
            decoded = CODEC.decodePage(body, list.query());
        } else if (request instanceof GetPublicConfig config) {
            decoded = CODEC.decodePublicConfig(body, config.id());
        } else if (request instanceof DeleteWidget delete) {
            decoded = Either.right(CODEC.decodeDeleted(body, delete.locationId(), delete.id()));
        } else {
            decoded = CODEC.decodeWidget(body);
        }
        return (Either<ChatWidgetError, R>) decoded;
    }
}
