package dev.chatwidget.cli;

/** What {@code --seed} loads into the in-memory fake (or the fake server). */
enum Seed {
    /** {@code DemoLocation}: location {@code demo} with widgets of six chat types. */
    DEMO
}
