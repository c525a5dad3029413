package dev.chatwidget.adapter.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a response body into memory, refusing (early) one larger than the configured maximum. */
public final class BoundedBody {

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
        int initial = declaredLength >= 0 ? (int) declaredLength : Math.min(8192, maxBytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(initial, 16));
        byte[] buffer = new byte[8192];
        long total = 0;
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
