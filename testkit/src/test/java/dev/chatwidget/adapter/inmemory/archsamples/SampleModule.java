package dev.chatwidget.adapter.inmemory.archsamples;

import com.google.inject.archsamples.GuiceLike;

/** A module may use Guice, in its own body and in its nested and anonymous classes. */
public final class SampleModule {

    final GuiceLike guice = new GuiceLike();
    final Object provider = new Object() {
        final GuiceLike inside = new GuiceLike();
    };

    /** A nested class of the module. */
    public static final class Config {
        final GuiceLike config = new GuiceLike();
    }
}
