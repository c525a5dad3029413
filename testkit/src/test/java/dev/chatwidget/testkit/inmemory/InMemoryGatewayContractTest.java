package dev.chatwidget.testkit.inmemory;

import dev.chatwidget.adapter.inmemory.AccessPolicy;
import dev.chatwidget.adapter.inmemory.InMemoryFake;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import dev.chatwidget.testkit.contract.ChatWidgetGatewayContract;
import dev.chatwidget.testkit.contract.ContractIds;
import dev.chatwidget.testkit.contract.GatewayCapability;
import dev.chatwidget.testkit.contract.Inspector;
import dev.chatwidget.testkit.contract.Seeder;
import java.util.Set;

/** The in-memory adapter passes the whole contract, with every capability, on a fresh fake per test. */
class InMemoryGatewayContractTest implements ChatWidgetGatewayContract {

    private final InMemoryFake fake = InMemoryFake.create();

    @Override
    public ChatWidgetGateway gateway() {
        return fake.gateway();
    }

    @Override
    public Set<GatewayCapability> capabilities() {
        return GatewayCapability.all();
    }

    @Override
    public Seeder seeder() {
        return fake::seed;
    }

    @Override
    public Inspector inspector() {
        return fake::stored;
    }

    @Override
    public LocationId forbiddenLocation() {
        LocationId denied = ContractIds.randomLocation();
        fake.accessPolicy(AccessPolicy.allExcept(Set.of(denied)));
        return denied;
    }
}
