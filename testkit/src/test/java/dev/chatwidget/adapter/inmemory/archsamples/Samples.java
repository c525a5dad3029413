package dev.chatwidget.adapter.inmemory.archsamples;

/** Holder of the sample classes the architecture rules' tests import one by one. */
public final class Samples {

    private Samples() {
    }
}
