package dev.chatwidget.adapter.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Reads a response body into memory, refusing (early) one larger than the configured maximum. */
public final class BoundedBody {

    private static final int CHUNK = 8192;

    private BoundedBody() {
    }

    /**
     * @param declaredLength the Content-Length, or a negative number when unknown
     * @throws ResponseTooLargeException when the body is (or is declared) larger than {@code maxBytes}
     */
    public static byte[] read(InputStream in, long declaredLength, int maxBytes, int status, ResponseHeaders headers)
            throws IOException {
        if (in == null) {
            return new byte[0];
        }
        if (declaredLength > maxBytes) {
            throw new ResponseTooLargeException(status, headers, maxBytes);
        }
        if (declaredLength < 0) {
            return readToEnd(in, new byte[0], 0, maxBytes, status, headers);
        }
        // The usual case: read straight into an array of the declared size, so the body is allocated once
        // (a growing buffer plus its final copy cost two to three times the body, plus a chunk buffer).
        byte[] body = new byte[(int) declaredLength];
        int n = in.readNBytes(body, 0, body.length);
        if (n < body.length) {
            return Arrays.copyOf(body, n);
        }
        int next = in.read();
        if (next == -1) {
            return body;
        }
        // More than declared: keep reading as for an unknown length, so the cap still holds.
        byte[] start = Arrays.copyOf(body, n + 1);
        start[n] = (byte) next;
        return readToEnd(in, start, n + 1, maxBytes, status, headers);
    }

    private static byte[] readToEnd(InputStream in, byte[] start, int length, int maxBytes, int status,
                                    ResponseHeaders headers) throws IOException {
        if (length > maxBytes) {
            throw new ResponseTooLargeException(status, headers, maxBytes);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(Math.min(CHUNK, maxBytes), length + 16));
        out.write(start, 0, length);
        byte[] buffer = new byte[CHUNK];
        long total = length;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > maxBytes) {
                throw new ResponseTooLargeException(status, headers, maxBytes);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
