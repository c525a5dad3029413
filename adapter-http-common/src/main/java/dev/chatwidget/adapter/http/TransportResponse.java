package dev.chatwidget.adapter.http;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * What a {@link Transport} received: status, headers and the body as a stream (decompressed if the transport asked
 * for compression) with its declared length ({@code -1} when unknown). Closing it releases the connection.
 */
public final class TransportResponse implements Closeable {

    private final int status;
    private final ResponseHeaders headers;
    private final InputStream body;
    private final long declaredLength;
    private final Closeable release;

    public TransportResponse(int status, ResponseHeaders headers, InputStream body, long declaredLength,
                             Closeable release) {
        this.status = status;
        this.headers = Objects.requireNonNull(headers, "headers");
        this.body = body == null ? InputStream.nullInputStream() : body;
        this.declaredLength = declaredLength;
        this.release = release == null ? this.body : release;
    }

    /**
     * A response whose body the stack did not decompress: a gzip body is inflated here, and its declared length
     * (the compressed size) dropped, so the size cap applies to what it inflates to.
     */
    public static TransportResponse decoding(int status, ResponseHeaders headers, InputStream raw, long declaredLength,
                                             Closeable release) throws IOException {
        boolean gzip = headers.first("Content-Encoding")
                .map(v -> v.toLowerCase(Locale.ROOT).contains("gzip")).orElse(false);
        if (!gzip || raw == null) {
            return new TransportResponse(status, headers, raw, declaredLength, release);
        }
        return new TransportResponse(status, headers, new GZIPInputStream(raw), -1, release == null ? raw : release);
    }

    public int status() {
        return status;
    }

    public ResponseHeaders headers() {
        return headers;
    }

    /** The body, read once. */
    public InputStream body() {
        return body;
    }

    /** The Content-Length of the (decoded) body, or {@code -1} when unknown. */
    public long declaredLength() {
        return declaredLength;
    }

    /** Releases the connection (back to the pool when the body was read to its end); never throws. */
    @Override
    public void close() {
        try {
            release.close();
        } catch (IOException | RuntimeException ignored) {
            // The outcome of the call is already decided; closing is best effort.
        }
    }

    @Override
    public String toString() {
        return "TransportResponse[" + status + ", " + declaredLength + " bytes declared]";
    }
}
