package dev.chatwidget.adapter.http;

import java.io.IOException;

/** The response body exceeded the configured maximum; reading stopped there, so it never fills the heap. */
public final class ResponseTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient ResponseHeaders headers;

    public ResponseTooLargeException(int status, ResponseHeaders headers, long maxBytes) {
        super("response body exceeds " + maxBytes + " bytes");
        this.status = status;
        this.headers = headers;
    }

    public int status() {
        return status;
    }

    public ResponseHeaders headers() {
        return headers == null ? ResponseHeaders.NONE : headers;
    }
}
