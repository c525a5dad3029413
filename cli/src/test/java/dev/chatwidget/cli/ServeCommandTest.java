package dev.chatwidget.cli;

import static dev.chatwidget.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ServeCommandTest {

    /** A {@code serve} running in process, on its own thread, until {@link #stop()}. */
    static final class Served implements AutoCloseable {
        final URI baseUri;
        private final Thread thread;
        private final AtomicInteger status = new AtomicInteger(-1);
        private final BufferedReader lines;

        Served(String... args) throws IOException {
            PipedInputStream pipe = new PipedInputStream(64 * 1024);
            PrintStream out = new PrintStream(new PipedOutputStream(pipe), true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
            thread = new Thread(() -> status.set(ChatWidgetCli.run(args, out, err, Map.of())), "serve-under-test");
            thread.start();
            lines = new BufferedReader(new InputStreamReader(pipe, StandardCharsets.UTF_8));
            String first = lines.readLine();
            assertThat(first).startsWith("Listening on http://127.0.0.1:");
            baseUri = URI.create(first.substring("Listening on ".length()));
        }

        int stop() throws InterruptedException {
            thread.interrupt();
            thread.join(10_000);
            return status.get();
        }

        @Override
        public void close() {
            if (thread.isAlive()) {
                try {
                    stop();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Test
    void serve_prints_where_it_listens_first_answers_the_api_and_stops_with_status_0() throws Exception {
        try (Served served = new Served("--seed", "demo", "serve", "--port", "0", "--token", "tok-1=demo,other")) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpRequest list = HttpRequest.newBuilder(served.baseUri.resolve(
                            "/chat-widget/list?locationId=demo&offset=0&limit=10"))
                    .header("Authorization", "Bearer tok-1").header("Version", "2021-07-28").build();
            HttpRequest wrongToken = HttpRequest.newBuilder(list.uri()).header("Authorization", "Bearer nope")
                    .header("Version", "2021-07-28").build();

            HttpResponse<String> ok = http.send(list, HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> unauthorized = http.send(wrongToken, HttpResponse.BodyHandlers.ofString());

            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.body()).contains("\"totalCount\":6", "Website Live Chat");
            assertThat(unauthorized.statusCode()).isEqualTo(401);
            assertThat(served.stop()).isZero();
        }
    }

    @Test
    void serve_without_a_token_or_with_a_malformed_one_is_bad_usage() {
        CliRun none = run("serve");
        CliRun malformed = run("serve", "--token", "just-a-token");

        assertThat(none.status()).isEqualTo(ChatWidgetCli.USAGE);
        assertThat(none.err()).contains("serve needs at least one --token");
        assertThat(malformed.status()).isEqualTo(ChatWidgetCli.USAGE);
        assertThat(malformed.err()).contains("TOKEN=LOCATION[,LOCATION...]").doesNotContain("just-a-token");
    }

    @Test
    void served_tokens_split_at_the_last_equals_sign_and_star_reaches_every_location() {
        ServedToken padded = ServedToken.parse("YWJj==demo,shop");
        ServedToken any = ServedToken.parse("agency=*");

        assertThat(padded.value()).isEqualTo("YWJj=");
        assertThat(padded.reach()).isEqualTo("demo,shop");
        assertThat(any.grant().anyLocation()).isTrue();
    }
}
