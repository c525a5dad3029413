package dev.chatwidget.benchmarks.http;

import dev.chatwidget.benchmarks.fixture.WidgetFixture;
import java.io.IOException;

/**
 * A raw HTTP stack under a baseline: one request with the same path, query, headers and body as the adapter's,
 * the response body handed to a {@link RawJson.BodyReader} straight from the stream. Subclasses are the JMH
 * states for each transport; the four operations are written once, here.
 */
abstract class RawStack {

    static final String GET = "GET";
    static final String POST = "POST";
    static final String PATCH = "PATCH";

    /** Sends one request ({@code body} null for none) and reads a 2xx response's body with {@code reader}. */
    abstract <T> T call(String method, String pathAndQuery, byte[] body, RawJson.BodyReader<T> reader)
            throws IOException;

    final <T> T get(RawJson.BodyReader<T> reader) throws IOException {
        return call(GET, Requests.get(WidgetFixture.LOCATION, WidgetFixture.WIDGET_ID), null, reader);
    }

    final <T> T list(RawJson.BodyReader<T> reader) throws IOException {
        return call(GET, Requests.list(WidgetFixture.LOCATION, 0, Requests.LIST_LIMIT), null, reader);
    }

    final <T> T create(byte[] body, RawJson.BodyReader<T> reader) throws IOException {
        return call(POST, Requests.CREATE, body, reader);
    }

    final <T> T patch(byte[] body, RawJson.BodyReader<T> reader) throws IOException {
        return call(PATCH, Requests.get(WidgetFixture.LOCATION, WidgetFixture.WIDGET_ID), body, reader);
    }

    static IOException unexpected(int status) {
        return new IOException("unexpected status " + status);
    }
}
