package dev.chatwidget.testkit.thirdparty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;

// README
import dev.chatwidget.adapter.inmemory.InMemoryFake;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import dev.chatwidget.testkit.contract.ChatWidgetGatewayContract;
import dev.chatwidget.testkit.contract.GatewayCapability;
import dev.chatwidget.testkit.contract.Seeder;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A caching decorator of our own runs the whole gateway contract, as any third-party gateway can. */
class CachingGatewayContractTest implements ChatWidgetGatewayContract {

    private static final InMemoryFake backend = InMemoryFake.create();
    private static final CachingGateway gateway = new CachingGateway(backend.gateway());

    @Override
    public ChatWidgetGateway gateway() {
        return gateway;
    }

    /** What this gateway can do; contract tests that need more are skipped, not failed. */
    @Override
    public Set<GatewayCapability> capabilities() {
        return EnumSet.of(GatewayCapability.SEEDING, GatewayCapability.PUBLIC_CONFIG,
                GatewayCapability.MODEL_CHOICES);
    }

    /** Stores widgets of types the API cannot write (waChat, voiceAiChat, ...). */
    @Override
    public Seeder seeder() {
        return backend::seed;
    }
    // END README

    @Test
    void repeated_gets_are_served_from_the_cache_until_a_write_to_the_location() {
        LocationId location = newLocation();
        ChatWidget first = gateway.create(NewWidget.of(location, ChatType.LIVE_CHAT, "First")).get();
        int before = gateway.hits();

        gateway.get(location, first.id());
        gateway.get(location, first.id());
        ChatWidget second = gateway.create(NewWidget.of(location, ChatType.LIVE_CHAT, "Second").withDefault(true)).get();
        ChatWidget reread = gateway.get(location, first.id()).get();

        assertThat(gateway.hits() - before).isEqualTo(1);
        assertThat(reread.isDefault()).as("the old default, demoted by the second create, is not served stale").isFalse();
        assertThat(second.isDefault()).isTrue();
    }
}
