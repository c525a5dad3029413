package dev.chatwidget.adapter.http.apache.archsamples;

import dev.chatwidget.adapter.http.archsamples.WireThing;

/** A sample Apache adapter class that uses the shared wire, which is allowed. */
public class ApacheThing {
    final WireThing wire = new WireThing();
}
