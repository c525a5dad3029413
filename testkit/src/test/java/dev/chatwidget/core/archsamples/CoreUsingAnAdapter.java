package dev.chatwidget.core.archsamples;

import dev.chatwidget.adapter.inmemory.InMemoryFake;

/** Breaks "core depends on no adapter". */
class CoreUsingAnAdapter {
    InMemoryFake fake() {
        return InMemoryFake.create();
    }
}
