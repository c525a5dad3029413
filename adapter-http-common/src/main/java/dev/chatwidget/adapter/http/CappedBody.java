package dev.chatwidget.adapter.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A 2xx body as the decoder reads it from the connection: counted against the size cap (past it, reading stops
 * with a {@link ResponseTooLargeException}), its first bytes kept for an error's excerpt, and the first failure of
 * the stream remembered, so the caller can tell a transport failure or an oversized body from JSON the decoder
 * refused, whatever the decoder made of it. Closing it does nothing: the response releases the connection.
 */
final class CappedBody extends InputStream {

    /** An excerpt's worth of compact JSON ({@code Excerpts.MAX_LENGTH}); the rest of the body is never held. */
    static final int HEAD_BYTES = 160;

    private final InputStream in;
    private final int maxBytes;
    private final int status;
    private final ResponseHeaders headers;
    private final byte[] head = new byte[HEAD_BYTES];
    private long count;
    private IOException failure;

    CappedBody(InputStream in, int maxBytes, int status, ResponseHeaders headers) {
        this.in = in;
        this.maxBytes = maxBytes;
        this.status = status;
        this.headers = headers;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (failure != null) {
            throw failure;
        }
        int n;
        try {
            // Never ask for more than one byte past the cap: an oversized body is refused, not read whole.
            n = in.read(buffer, offset, (int) Math.min(length, maxBytes - count + 1));
        } catch (IOException e) {
            failure = e;
            throw e;
        }
        if (n > 0) {
            if (count < HEAD_BYTES) {
                System.arraycopy(buffer, offset, head, (int) count, (int) Math.min(n, HEAD_BYTES - count));
            }
            count += n;
            if (count > maxBytes) {
                failure = new ResponseTooLargeException(status, headers, maxBytes);
                throw failure;
            }
        }
        return n;
    }

    /** What went wrong reading the stream (an I/O failure or the cap), if anything. */
    IOException failure() {
        return failure;
    }

    /** The first bytes read, at most {@link #HEAD_BYTES}. */
    byte[] head() {
        return Arrays.copyOf(head, (int) Math.min(count, HEAD_BYTES));
    }

    /** Whether more was read than {@link #head()} holds. */
    boolean truncatedHead() {
        return count > HEAD_BYTES;
    }

    @Override
    public void close() {
        // The transport response owns the connection.
    }
}
