package dev.chatwidget.adapter.inmemory.archsamples;

import dev.chatwidget.adapter.http.apache.archsamples.ApacheThing;

/** Breaks "adapters do not depend on each other". */
class UsesApacheAdapter {
    final ApacheThing apache = new ApacheThing();
}
