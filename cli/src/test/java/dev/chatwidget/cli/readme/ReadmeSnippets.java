package dev.chatwidget.cli.readme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the README's code blocks and the marked regions of the examples that mirror them. */
final class ReadmeSnippets {

    private static final Pattern BLOCK = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern REGION = Pattern.compile("// README\\n(.*?)\\n\\s*// END README", Pattern.DOTALL);

    private ReadmeSnippets() {
    }

    /** The project root: the cli module's parent (Surefire runs in the module's folder). */
    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("README.md")) ? here : here.getParent();
    }

    static String readme() throws IOException {
        return Files.readString(root().resolve("README.md"));
    }

    /** The README's code blocks in {@code language}, each with its common indentation removed. */
    static List<String> blocks(String markdown, String language) {
        List<String> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(markdown);
        while (m.find()) {
            if (m.group(1).equals(language)) {
                blocks.add(m.group(2).stripIndent().strip());
            }
        }
        return blocks;
    }

    /** The regions between {@code // README} and {@code // END README} in a Java source, dedented. */
    static List<String> regions(Path source) throws IOException {
        List<String> regions = new ArrayList<>();
        Matcher m = REGION.matcher(Files.readString(source));
        while (m.find()) {
            regions.add(m.group(1).stripIndent().strip());
        }
        return regions;
    }
}
