package dev.chatwidget.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Bodies are read whole and capped, whether their length is declared, wrong or unknown. */
class BoundedBodyTest {

    static final byte[] BODY = bytes(20_000);

    @Test
    void a_declared_length_body_is_read_exactly() throws IOException {
        assertThat(read(BODY, BODY.length, 1 << 20)).isEqualTo(BODY);
        assertThat(read(new byte[0], 0, 10)).isEmpty();
    }

    @Test
    void an_unknown_length_body_is_read_to_its_end() throws IOException {
        assertThat(read(BODY, -1, 1 << 20)).isEqualTo(BODY);
        assertThat(read(new byte[0], -1, 10)).isEmpty();
    }

    @Test
    void a_body_shorter_or_longer_than_declared_is_read_as_it_is() throws IOException {
        assertThat(read(BODY, BODY.length + 10, 1 << 20)).isEqualTo(BODY);
        assertThat(read(BODY, 100, 1 << 20)).isEqualTo(BODY);
    }

    @Test
    void a_body_over_the_maximum_is_refused_however_its_length_is_known() {
        for (long declared : new long[] {BODY.length, -1, 100}) {
            assertThatThrownBy(() -> read(BODY, declared, BODY.length - 1))
                    .isInstanceOf(ResponseTooLargeException.class);
        }
        assertThatThrownBy(() -> read(bytes(11), 10, 10)).isInstanceOf(ResponseTooLargeException.class);
    }

    @Test
    void no_stream_is_an_empty_body() throws IOException {
        assertThat(BoundedBody.read(null, 5, 10, 200, ResponseHeaders.NONE)).isEmpty();
    }

    private static byte[] read(byte[] body, long declared, int max) throws IOException {
        return BoundedBody.read(new ByteArrayInputStream(body), declared, max, 200, ResponseHeaders.NONE);
    }

    private static byte[] bytes(int n) {
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = (byte) i;
        }
        return out;
    }
}
