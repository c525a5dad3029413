package dev.chatwidget.cli;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import picocli.CommandLine.Option;

/** {@code --location} and {@code --id}: which widget a command acts on. */
final class WidgetAddress {

    @Option(names = "--location", required = true, paramLabel = "LOCATION_ID")
    LocationId location;

    @Option(names = "--id", required = true, paramLabel = "WIDGET_ID")
    WidgetId id;
}
