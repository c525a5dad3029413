package dev.chatwidget.cli.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The BOM lists every published module, and the README imports the BOM that exists. */
class BomTest {

    @Test
    void the_bom_lists_every_published_module() throws IOException {
        List<String> published = PublishedModules.all().stream().map(PublishedModules.Module::artifactId).toList();
        List<String> inBom = artifactIds(Files.readString(ReadmeSnippets.root().resolve("bom/pom.xml")));

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

    private static List<String> artifactIds(String pom) {
        return PublishedModules.artifactIds(pom);
    }
}
