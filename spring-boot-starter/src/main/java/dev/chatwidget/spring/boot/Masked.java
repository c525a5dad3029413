package dev.chatwidget.spring.boot;

/** How a secret property shows in {@code toString}: whether it is set, never its value. */
final class Masked {

    private Masked() {
    }

    static String of(String secret) {
        return secret == null || secret.isEmpty() ? "<unset>" : "****";
    }
}
