package dev.chatwidget.cli.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The BOM lists every published module, and the README imports the BOM that exists. */
class BomTest {

    /** Built, never published: the BOM itself, the benchmarks and the multi-process proof. */
    private static final Set<String> UNPUBLISHED = Set.of("bom", "benchmarks", "fleet");

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");

    @Test
    void the_bom_lists_every_published_module() throws IOException {
        Path root = ReadmeSnippets.root();
        List<String> published = new ArrayList<>();
        Matcher modules = MODULE.matcher(Files.readString(root.resolve("pom.xml")));
        while (modules.find()) {
            if (!UNPUBLISHED.contains(modules.group(1))) {
                published.add(artifactIds(Files.readString(root.resolve(modules.group(1)).resolve("pom.xml")))
                        .get(1));
            }
        }
        List<String> inBom = artifactIds(Files.readString(root.resolve("bom/pom.xml")));

        assertThat(published).hasSizeGreaterThanOrEqualTo(7);
        assertThat(inBom.subList(1, inBom.size())).containsExactlyInAnyOrderElementsOf(published);
    }

    @Test
    void the_readme_imports_the_bom_with_its_coordinates() throws IOException {
        String bom = Files.readString(ReadmeSnippets.root().resolve("bom/pom.xml"));
        String version = bom.replaceAll("(?s).*?<artifactId>chat-widget-bom</artifactId>\\s*<version>([^<]+).*", "$1");
        String xml = String.join("\n", ReadmeSnippets.blocks(ReadmeSnippets.readme(), "xml"));

        assertThat(xml).contains("<artifactId>chat-widget-bom</artifactId>", "<version>" + version + "</version>",
                "<type>pom</type>", "<scope>import</scope>");
        for (String artifact : artifactIds(xml)) {
            assertThat(bom).contains("<artifactId>" + artifact + "</artifactId>");
        }
    }

    /** Every artifactId in order; in a module's pom the parent's comes first, then the module's own. */
    private static List<String> artifactIds(String pom) {
        List<String> ids = new ArrayList<>();
        Matcher m = ARTIFACT.matcher(pom);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
