package dev.chatwidget.cli.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * Every published jar, as built, names its module ({@code Automatic-Module-Name}) after its folder, so users on the
 * module path get stable names that never collide. Runs after package (Failsafe): the jars must exist, this
 * module's included; the parent lists every published module before {@code cli}, so a full build has made them.
 */
class PublishedModuleNamesIT {

    @Test
    void every_published_jar_names_its_module_after_its_folder_and_no_two_collide() throws IOException {
        Path root = ReadmeSnippets.root();
        String version = System.getProperty("project.version", "0.1.0-SNAPSHOT");
        Map<String, String> folderByName = new HashMap<>();
        for (PublishedModules.Module module : PublishedModules.all()) {
            Path jar = root.resolve(module.folder()).resolve("target")
                    .resolve(module.artifactId() + "-" + version + ".jar");
            assertThat(jar).as("the built jar of %s", module.folder()).exists();

            String name = moduleName(jar);

            assertThat(name).as("Automatic-Module-Name of %s", jar.getFileName())
                    .isEqualTo("dev.chatwidget." + module.folder().replace('-', '.'));
            assertThat(folderByName.put(name, module.folder())).as("another module named %s", name).isNull();
        }
        assertThat(folderByName).hasSizeGreaterThanOrEqualTo(7);
    }

    private static String moduleName(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest() == null ? null
                    : file.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
        }
    }
}
