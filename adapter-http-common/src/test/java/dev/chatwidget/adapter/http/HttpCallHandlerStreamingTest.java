package dev.chatwidget.adapter.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.call.Call;
import dev.chatwidget.core.call.CallContext;
import dev.chatwidget.core.call.CallResult;
import dev.chatwidget.core.call.WidgetRequest.GetWidget;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.error.UnexpectedResponse;
import dev.chatwidget.core.port.out.TokenProvider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A 2xx body is decoded from the stream as it arrives; the size cap, transport failures and excerpts still hold. */
class HttpCallHandlerStreamingTest {

    static final String TOKEN = "s3cr3t-tok";
    static final String WIDGET = "{\"_id\":\"w1\",\"locationId\":\"loc\",\"chatType\":\"liveChat\",\"version\":3,"
            + "\"name\":\"Support\",\"settings\":{\"heading\":\"Hi\"},\"createdAt\":\"2024-03-01T10:15:30Z\","
            + "\"updatedAt\":\"2024-03-02T10:15:30Z\"}";

    final GetWidget get = new GetWidget(LocationId.of("loc"), WidgetId.of("w1"));

    CallResult<ChatWidget> attempt(InputStream body, long declaredLength, int maxResponseBytes) {
        return attempt(body, declaredLength, maxResponseBytes, true);
    }

    CallResult<ChatWidget> attempt(InputStream body, long declaredLength, int maxResponseBytes, boolean withToken) {
        HttpConfig config = HttpConfig.builder(TokenProvider.fixed(TOKEN)).baseUri("http://localhost:1")
                .maxResponseBytes(maxResponseBytes).build();
        Transport transport = new ScriptedTransport((request, aborted) ->
                new TransportResponse(200, ResponseHeaders.NONE, body, declaredLength, null));
        CallContext context = CallContext.start(get, Clock.systemUTC(), Duration.ofSeconds(5));
        if (withToken) {
            context = context.withCredentials(new AccessToken(TOKEN));
        }
        return new HttpCallHandler(config, transport).handle(new Call<>(get, context));
    }

    @Test
    void a_2xx_body_of_unknown_length_is_decoded_from_the_stream() {
        CallResult<ChatWidget> result = attempt(new ByteArrayInputStream(WIDGET.getBytes(UTF_8)), -1, 4096);

        assertThat(result.outcome().isRight()).as("%s", result.outcome()).isTrue();
        assertThat(result.outcome().get().name()).isEqualTo("Support");
        assertThat(result.status()).hasValue(200);
    }

    @Test
    void an_endless_2xx_body_is_refused_at_the_cap_without_reading_on() {
        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served.incrementAndGet();
                return ' ';
            }
        };

        CallResult<ChatWidget> result = attempt(endless, -1, 1_000);

        UnexpectedResponse error = (UnexpectedResponse) result.outcome().getLeft();
        assertThat(error.message()).contains("exceeds the maximum of 1000 bytes");
        assertThat(result.status()).hasValue(200);
        assertThat(served.get()).isLessThanOrEqualTo(1_001);
    }

    @Test
    void a_declared_length_over_the_cap_is_refused_before_reading() {
        AtomicLong served = new AtomicLong();
        InputStream body = new ByteArrayInputStream(WIDGET.getBytes(UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                served.addAndGet(len);
                return super.read(b, off, len);
            }
        };

        CallResult<ChatWidget> result = attempt(body, 10_000, 1_000);

        assertThat(result.outcome().getLeft().message()).contains("exceeds the maximum");
        assertThat(served.get()).isZero();
    }

    @Test
    void a_2xx_body_cut_off_by_the_connection_is_a_transport_failure_not_bad_json() {
        byte[] half = WIDGET.substring(0, WIDGET.length() / 2).getBytes(UTF_8);
        InputStream cut = new InputStream() {
            private int next;

            @Override
            public int read() throws IOException {
                if (next < half.length) {
                    return half[next++];
                }
                throw new IOException("Premature end of Content-Length delimited message body");
            }
        };

        TransportFailure error = (TransportFailure) attempt(cut, WIDGET.length(), 4096).outcome().getLeft();

        assertThat(error.mayHaveReachedServer()).isTrue();
        assertThat(error.message()).contains("Premature end");
    }

    @Test
    void a_2xx_body_that_is_not_the_expected_json_quotes_its_start_with_the_token_masked() {
        String html = "<html><body>Captive portal " + TOKEN + " please log in</body></html>";

        UnexpectedResponse error = (UnexpectedResponse) attempt(new ByteArrayInputStream(html.getBytes(UTF_8)), -1,
                4096).outcome().getLeft();

        assertThat(error.status()).isEqualTo(200);
        assertThat(error.excerpt()).startsWith("<html><body>Captive portal **** please log in");
        assertThat(error.toString()).doesNotContain(TOKEN);
    }

    @Test
    void a_token_cut_off_where_the_excerpt_ends_shows_none_of_it() {
        String filler = "x".repeat(CappedBody.HEAD_BYTES - 4);
        String body = filler + TOKEN + " and more that is not JSON";

        UnexpectedResponse error = (UnexpectedResponse) attempt(new ByteArrayInputStream(body.getBytes(UTF_8)), -1,
                4096).outcome().getLeft();

        assertThat(error.excerpt()).doesNotContain(TOKEN.substring(0, 4));
        assertThat(error.toString()).doesNotContain(TOKEN.substring(0, 4));
        assertThat(error.excerpt()).startsWith("xxxx");
    }

    @Test
    void without_a_token_the_excerpt_is_the_body_s_start_as_it_came() {
        String body = "y".repeat(CappedBody.HEAD_BYTES) + " more";

        UnexpectedResponse error = (UnexpectedResponse) attempt(new ByteArrayInputStream(body.getBytes(UTF_8)), -1,
                4096, false).outcome().getLeft();

        assertThat(error.excerpt()).startsWith("yyyy").doesNotContain("more");
    }
}
