package dev.chatwidget.testkit.contract;

import dev.chatwidget.adapter.inmemory.SeedWidget;
import dev.chatwidget.core.domain.ChatWidget;

/** Stores a widget directly, bypassing the API's write rules (the {@link GatewayCapability#SEEDING} hook). */
@FunctionalInterface
public interface Seeder {

    /** Stores {@code seed} and returns the widget as stored (rule 1 still holds afterwards). */
    ChatWidget seed(SeedWidget seed);
}
