package dev.chatwidget.adapter.inmemory.archsamples;

import com.google.inject.archsamples.GuiceLike;

/** Breaks "Guice only in inject packages and modules". */
class UsesGuiceDirectly {
    final GuiceLike guice = new GuiceLike();
}
