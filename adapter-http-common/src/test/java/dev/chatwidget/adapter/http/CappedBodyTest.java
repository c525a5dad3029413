package dev.chatwidget.adapter.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class CappedBodyTest {

    static CappedBody capped(byte[] body, int max) {
        return new CappedBody(new ByteArrayInputStream(body), max, 200, ResponseHeaders.NONE);
    }

    @Test
    void a_body_within_the_cap_reads_through_and_keeps_its_start() throws IOException {
        byte[] body = "0123456789".repeat(30).getBytes(UTF_8);
        CappedBody in = capped(body, body.length);

        assertThat(in.readAllBytes()).isEqualTo(body);
        assertThat(in.failure()).isNull();
        assertThat(in.head()).hasSize(CappedBody.HEAD_BYTES)
                .isEqualTo(java.util.Arrays.copyOf(body, CappedBody.HEAD_BYTES));
        assertThat(in.truncatedHead()).isTrue();
    }

    @Test
    void a_short_body_is_its_own_head() throws IOException {
        CappedBody in = capped("{}".getBytes(UTF_8), 10);

        assertThat(in.read()).isEqualTo('{');
        assertThat(in.read()).isEqualTo('}');
        assertThat(in.read()).isEqualTo(-1);
        assertThat(in.head()).isEqualTo("{}".getBytes(UTF_8));
        assertThat(in.truncatedHead()).isFalse();
    }

    @Test
    void one_byte_past_the_cap_fails_and_keeps_failing() {
        CappedBody in = capped(new byte[11], 10);

        assertThatThrownBy(in::readAllBytes).isInstanceOf(ResponseTooLargeException.class);
        assertThat(in.failure()).isInstanceOf(ResponseTooLargeException.class);
        assertThatThrownBy(in::read).isSameAs(in.failure());
    }

    @Test
    void exactly_the_cap_is_allowed() throws IOException {
        CappedBody in = capped(new byte[10], 10);

        assertThat(in.readAllBytes()).hasSize(10);
        assertThat(in.failure()).isNull();
    }

    @Test
    void the_stream_s_own_failure_is_remembered_for_the_caller() {
        IOException reset = new IOException("connection reset");
        CappedBody in = new CappedBody(new InputStream() {
            @Override
            public int read() throws IOException {
                throw reset;
            }
        }, 10, 200, ResponseHeaders.NONE);

        assertThatThrownBy(() -> in.read(new byte[4], 0, 4)).isSameAs(reset);
        assertThat(in.failure()).isSameAs(reset);
    }

    @Test
    void closing_leaves_the_connection_to_the_response() throws IOException {
        boolean[] closed = {false};
        CappedBody in = new CappedBody(new ByteArrayInputStream(new byte[3]) {
            @Override
            public void close() {
                closed[0] = true;
            }
        }, 10, 200, ResponseHeaders.NONE);

        in.close();

        assertThat(closed[0]).isFalse();
        assertThat(in.readAllBytes()).hasSize(3);
    }

    @Test
    void the_head_is_the_body_s_start_however_the_reads_are_cut() throws IOException {
        byte[] body = new byte[CappedBody.HEAD_BYTES * 3];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) i;
        }
        for (int chunk : new int[] {1, 7, 100, CappedBody.HEAD_BYTES, 1_000}) {
            CappedBody in = capped(body, body.length);
            byte[] buffer = new byte[chunk];
            while (in.read(buffer, 0, chunk) != -1) {
                // read on
            }

            assertThat(in.head()).as("chunks of %d", chunk).isEqualTo(java.util.Arrays.copyOf(body,
                    CappedBody.HEAD_BYTES));
        }
    }

    @Test
    void a_body_of_exactly_the_head_s_size_is_not_cut() throws IOException {
        CappedBody in = capped(new byte[CappedBody.HEAD_BYTES], 1_000);
        in.readAllBytes();

        assertThat(in.truncatedHead()).isFalse();
        assertThat(in.head()).hasSize(CappedBody.HEAD_BYTES);
    }

    @Test
    void one_large_read_never_takes_more_than_one_byte_past_the_cap_from_the_source() {
        long[] served = {0};
        CappedBody in = new CappedBody(new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                served[0] += len;
                return len;
            }
        }, 10, 200, ResponseHeaders.NONE);

        assertThatThrownBy(() -> in.read(new byte[10_000], 0, 10_000)).isInstanceOf(ResponseTooLargeException.class);
        assertThat(served[0]).isEqualTo(11);
    }
}
