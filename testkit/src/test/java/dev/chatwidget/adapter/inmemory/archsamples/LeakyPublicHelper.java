package dev.chatwidget.adapter.inmemory.archsamples;

/** Breaks "the adapter exposes only its module, config and handle". */
public class LeakyPublicHelper {

    /** Public, but hidden inside a package-private class: not exposed. */
    static class Hidden {
        /** Not reachable from outside the package. */
        public static class Deeper {
        }
    }
}
