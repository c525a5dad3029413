package dev.chatwidget.testkit.inmemory;

import dev.chatwidget.adapter.inmemory.InMemoryFake;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import dev.chatwidget.testkit.contract.ChatWidgetGatewayContract;

/**
 * The contract as a gateway with no optional capability sees it (like a run against the real service): tests
 * needing a capability are skipped, and no other test reaches for a hook the gateway does not offer.
 */
class MinimalGatewayContractTest implements ChatWidgetGatewayContract {

    private final InMemoryFake fake = InMemoryFake.create();

    @Override
    public ChatWidgetGateway gateway() {
        return fake.gateway();
    }
}
