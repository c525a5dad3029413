package dev.chatwidget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged program as users start it, in new processes: the launcher with its class-data archive (the JVM must
 * map the program's classes from it), the launcher without an archive, and {@code java -jar}. Runs after
 * {@code package} (failsafe), where the launcher profile made {@code target/chat-widget} on Unix.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LauncherIT {

    private static final Path TARGET = Path.of(System.getProperty("basedir", ".")).resolve("target");
    private static final String[] DEMO_LIST = {"--seed", "demo", "list", "--location", "demo"};

    @TempDir
    Path temp;

    @Test
    void the_launcher_runs_the_program_on_classes_mapped_from_its_archive() throws Exception {
        Path classLog = temp.resolve("classes.log");
        // -Xshare:on makes the JVM refuse to start if the archive cannot be used, instead of quietly ignoring it.
        Run run = run(Map.of("JAVA_OPTS", "-Xshare:on -Xlog:class+load=info:file=" + classLog),
                TARGET.resolve("chat-widget").toString(), DEMO_LIST);

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("demoLiveChat00000001", "Widgets 1-6 of 6");
        assertThat(Files.readString(classLog))
                .contains("dev.chatwidget.cli.ChatWidgetCli source: shared objects file")
                .contains("picocli.CommandLine source: shared objects file");
    }

    @Test
    void the_launcher_without_an_archive_starts_the_program_as_java_jar_would() throws Exception {
        Files.copy(TARGET.resolve("chat-widget"), temp.resolve("chat-widget"));
        Files.copy(TARGET.resolve("chat-widget.jar"), temp.resolve("chat-widget.jar"));

        Run run = run(Map.of(), temp.resolve("chat-widget").toString(), DEMO_LIST);

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Widgets 1-6 of 6");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void java_jar_still_runs_the_program() throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", TARGET.resolve("chat-widget.jar").toString()));
        command.addAll(List.of(DEMO_LIST));

        Run run = run(Map.of(), command);

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Widgets 1-6 of 6");
    }

    private record Run(int status, String out, String err) {
    }

    private Run run(Map<String, String> env, String launcher, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", launcher));
        command.addAll(List.of(args));
        return run(env, command);
    }

    private Run run(Map<String, String> env, List<String> command) throws IOException, InterruptedException {
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        // The JDK running the tests made the archive; another JDK would (rightly) not map it.
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("JAVA_OPTS");
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the program did not end within 60 s: " + command);
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
