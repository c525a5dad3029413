package dev.chatwidget.cli.readme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The modules the parent pom builds and publishes, read from the poms themselves. */
final class PublishedModules {

    /** Built, never published: the BOM itself and the benchmarks. */
    private static final Set<String> UNPUBLISHED = Set.of("bom", "benchmarks", "fleet");

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");

    /** One published module: its folder under the root and its artifactId. */
    record Module(String folder, String artifactId) {
    }

    private PublishedModules() {
    }

    static List<Module> all() throws IOException {
        Path root = ReadmeSnippets.root();
        List<Module> published = new ArrayList<>();
        Matcher modules = MODULE.matcher(Files.readString(root.resolve("pom.xml")));
        while (modules.find()) {
            String folder = modules.group(1);
            if (!UNPUBLISHED.contains(folder)) {
                published.add(new Module(folder,
                        artifactIds(Files.readString(root.resolve(folder).resolve("pom.xml"))).get(1)));
            }
        }
        return published;
    }

    /** Every artifactId in order; in a module's pom the parent's comes first, then the module's own. */
    static List<String> artifactIds(String pom) {
        List<String> ids = new ArrayList<>();
        Matcher m = ARTIFACT.matcher(pom);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
