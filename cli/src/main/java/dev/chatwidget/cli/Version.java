package dev.chatwidget.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest ({@code development} when run from classes). */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"chat-widget " + (version == null ? "development" : version)};
    }
}
