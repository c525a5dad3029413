package dev.chatwidget.adapter.http.archsamples;

/** A sample class of the shared HTTP wire package. */
public class WireThing {
}
