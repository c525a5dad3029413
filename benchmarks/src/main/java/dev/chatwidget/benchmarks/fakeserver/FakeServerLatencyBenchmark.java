package dev.chatwidget.benchmarks.fakeserver;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.apache.ApacheHttpChatWidgets;
import dev.chatwidget.adapter.http.jdk.JdkHttpChatWidgets;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.port.out.TokenProvider;
import io.vavr.control.Either;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a user's test suite pays per small request to {@code chat-widget serve}: the latency distribution of one
 * {@code get} of a demo widget (about 1.5 KB of JSON), one caller. Without {@code TCP_NODELAY} on the server each
 * such response waited about 40 ms for a delayed ACK; the goal is within 2 ms.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class FakeServerLatencyBenchmark {

    private HttpClient raw;
    private HttpRequest rawGet;
    private CloseableGateway apache;
    private CloseableGateway jdk;
    private LocationId location;
    private WidgetId widget;

    @Setup(Level.Trial)
    public void open(ServedFake served) {
        raw = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        rawGet = HttpRequest.newBuilder(served.baseUri.resolve(
                        "/chat-widget/data/" + ServedFake.LOCATION + "/" + served.widgetId))
                .header("Authorization", "Bearer " + ServedFake.TOKEN).header("Version", ServedFake.VERSION).build();
        HttpConfig config = config(served.baseUri);
        apache = ApacheHttpChatWidgets.create(config);
        jdk = JdkHttpChatWidgets.create(config);
        location = LocationId.of(ServedFake.LOCATION);
        widget = WidgetId.of(served.widgetId);
        for (CloseableGateway gateway : new CloseableGateway[] {apache, jdk}) {
            gateway.get(location, widget).getOrElseThrow(e -> new IllegalStateException("get failed: " + e));
        }
    }

    private static HttpConfig config(URI base) {
        return HttpConfig.builder(TokenProvider.fixed(ServedFake.TOKEN)).baseUri(base)
                .apiVersion(ServedFake.VERSION).build();
    }

    @TearDown(Level.Trial)
    public void close() {
        apache.close();
        jdk.close();
    }

    /** The floor: the JDK client fetching the bytes, nothing parsed. */
    @Benchmark
    public byte[] raw_jdk_get() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = raw.send(rawGet, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("get answered " + response.statusCode());
        }
        return response.body();
    }

    @Benchmark
    public ChatWidget apache_adapter_get() {
        return succeeded(apache.get(location, widget));
    }

    @Benchmark
    public ChatWidget jdk_adapter_get() {
        return succeeded(jdk.get(location, widget));
    }

    /** An error answer is not what is being measured: it fails the run. */
    private static ChatWidget succeeded(Either<ChatWidgetError, ChatWidget> result) {
        return result.getOrElseThrow(e -> new IllegalStateException("get failed: " + e));
    }
}
