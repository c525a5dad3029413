package dev.chatwidget.adapter.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class TransportResponseTest {

    @Test
    void a_gzipped_body_is_inflated_and_its_length_unknown() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write("hello".getBytes(UTF_8));
        }
        ResponseHeaders headers = ResponseHeaders.of(Map.of("Content-Encoding", List.of("GZIP")));

        TransportResponse response = TransportResponse.decoding(200, headers,
                new ByteArrayInputStream(zipped.toByteArray()), zipped.size(), null);

        assertThat(response.declaredLength()).isEqualTo(-1);
        assertThat(new String(response.body().readAllBytes(), UTF_8)).isEqualTo("hello");
    }

    @Test
    void a_body_in_another_content_coding_is_handed_on_as_it_came() throws IOException {
        for (String coding : List.of("identity", "br")) {
            TransportResponse response = TransportResponse.decoding(200,
                    ResponseHeaders.of(Map.of("Content-Encoding", List.of(coding))),
                    new ByteArrayInputStream(new byte[] {1, 2, 3}), 3, null);

            assertThat(response.declaredLength()).as(coding).isEqualTo(3);
            assertThat(response.body().readAllBytes()).as(coding).containsExactly(1, 2, 3);
        }
    }

    @Test
    void a_plain_body_keeps_its_declared_length() throws IOException {
        TransportResponse response = TransportResponse.decoding(204, ResponseHeaders.NONE,
                new ByteArrayInputStream(new byte[] {1, 2}), 2, null);

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.declaredLength()).isEqualTo(2);
        assertThat(response.body().readAllBytes()).containsExactly(1, 2);
        assertThat(response).hasToString("TransportResponse[204, 2 bytes declared]");
    }

    @Test
    void closing_releases_once_and_swallows_what_the_release_throws() {
        AtomicInteger released = new AtomicInteger();
        TransportResponse response = new TransportResponse(200, ResponseHeaders.NONE, null, 0, () -> {
            released.incrementAndGet();
            throw new IOException("already gone");
        });

        response.close();

        assertThat(released).hasValue(1);
        assertThat(response.body()).isNotNull();
    }
}
