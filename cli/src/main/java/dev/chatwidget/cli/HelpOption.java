package dev.chatwidget.cli;

import picocli.CommandLine.Option;

/** {@code -h, --help} alone (subcommands leave {@code --version} free for the widget's version). */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;
}
