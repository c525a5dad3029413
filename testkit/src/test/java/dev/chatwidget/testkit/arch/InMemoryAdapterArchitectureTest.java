package dev.chatwidget.testkit.arch;

/**
 * The in-memory adapter obeys the shipped rules. It runs here because adapter-inmemory cannot depend on the
 * testkit (the testkit depends on it: a Maven cycle).
 */
class InMemoryAdapterArchitectureTest extends AdapterArchitectureTest {

    InMemoryAdapterArchitectureTest() {
        super("dev.chatwidget.adapter.inmemory",
                "dev.chatwidget.adapter.inmemory.InMemoryFake",
                "dev.chatwidget.adapter.inmemory.SeedWidget",
                "dev.chatwidget.adapter.inmemory.AccessPolicy",
                "dev.chatwidget.adapter.inmemory.InMemoryModule");
    }
}
