package dev.chatwidget.adapter.inmemory.archsamples;

/** Breaks "no System.out outside the cli". */
class PrintsToStandardOut {
    void shout() {
        System.out.println("hello");
    }
}
