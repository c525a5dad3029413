package dev.chatwidget.benchmarks.fakeserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@code chat-widget --seed demo serve} as a user starts it, in its own process: the CLI jar named by the system
 * property {@code chatwidget.cli.jar} (default {@code cli/target/chat-widget.jar}, run from the repository root).
 */
@State(Scope.Benchmark)
public class ServedFake {

    static final String TOKEN = "serve-benchmark-token";
    static final String LOCATION = "demo";
    static final String VERSION = "2021-07-28";

    private Process process;
    private Path errors;
    URI baseUri;
    String widgetId;

    @Setup(Level.Trial)
    public void start() throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("chatwidget.cli.jar", "cli/target/chat-widget.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IOException("no CLI jar at " + jar.toAbsolutePath() + ": build it first (see BENCHMARKS.md)");
        }
        // Its errors go to a file, not to this fork's stderr: a server outliving the fork must not hold the pipe
        // JMH's host process reads until it closes.
        errors = Files.createTempFile("chat-widget-serve", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(List.of(java, "-jar", jar.toString(), "--seed", "demo",
                "--token", TOKEN + "=" + LOCATION, "serve",
                // The documented limits (100 per 10 s) would answer most measured calls with 429.
                "--burst-limit", "1000000000", "--daily-limit", "1000000000000"))
                .redirectError(errors.toFile())
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine();
        if (first == null || !first.startsWith("Listening on ")) {
            throw new IOException("serve did not start: " + first + " " + Files.readString(errors));
        }
        baseUri = URI.create(first.substring("Listening on ".length()).trim());
        widgetId = firstWidget();
    }

    /** A widget of the demo location, found the way a user would: by listing it. */
    private String firstWidget() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(
                        baseUri.resolve("/chat-widget/list?locationId=" + LOCATION))
                .header("Authorization", "Bearer " + TOKEN).header("Version", VERSION).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("list on the served fake answered " + response.statusCode());
        }
        JsonNode widgets = new ObjectMapper().readTree(response.body()).path("chatWidgets");
        if (widgets.isEmpty()) {
            throw new IOException("the demo location has no widgets");
        }
        return widgets.get(0).path("_id").asText();
    }

    @TearDown(Level.Trial)
    public void stop() throws InterruptedException, IOException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        Files.deleteIfExists(errors);
    }
}
