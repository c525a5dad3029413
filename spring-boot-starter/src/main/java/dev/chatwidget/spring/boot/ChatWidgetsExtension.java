package dev.chatwidget.spring.boot;

import com.google.inject.Module;
import java.util.Objects;

/**
 * A Guice module the starter installs beside the adapter's (declare one as a bean): how features such as
 * observation add their steps to the same composition a Guice user gets.
 *
 * @param module installed with the adapter's module
 */
public record ChatWidgetsExtension(Module module) {

    public ChatWidgetsExtension {
        Objects.requireNonNull(module, "module");
    }
}
