package dev.chatwidget.cli;

/** Bad usage found after parsing (a settings file that is not JSON, --seed with an HTTP adapter, ...): exit 2. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message, null, false, false);
    }
}
