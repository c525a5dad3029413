package dev.chatwidget.testkit.contract;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;

/**
 * What a gateway under test plugs into the contract: the gateway itself, optional capabilities and their hooks,
 * and where each test's widgets live. Only {@link #gateway()} is required.
 *
 * <p>Each test works in its own {@link #scenario()}; after the test, every widget the scenario created, cloned
 * or seeded is deleted again. That cleanup runs in this interface's {@code @AfterEach}, which JUnit calls after
 * the implementing class's own {@code @AfterEach} methods, so close shared resources in {@code @AfterAll}.
 */
public interface GatewayContractHooks {

    /** The gateway under test. Called lazily (after the test class's {@code @BeforeEach}) and again for cleanup. */
    ChatWidgetGateway gateway();

    /** The optional features this gateway has; tests needing another one are skipped. */
    default Set<GatewayCapability> capabilities() {
        return GatewayCapability.none();
    }

    /** Stores widgets that writes cannot make; required with {@link GatewayCapability#SEEDING}. */
    default Seeder seeder() {
        throw new UnsupportedOperationException("declare GatewayCapability.SEEDING and override seeder()");
    }

    /** Shows stored widgets, deleted ones included; required with {@link GatewayCapability#INSPECT_DELETED}. */
    default Inspector inspector() {
        throw new UnsupportedOperationException("declare GatewayCapability.INSPECT_DELETED and override inspector()");
    }

    /**
     * A location with no live widgets for one test. The default is a fresh random id per call, so tests never
     * see each other's widgets. Against a real account, return a dedicated empty sub-account: every test deletes
     * what it made, so the location is empty again for the next test (run tests sequentially then).
     */
    default LocationId newLocation() {
        return ContractIds.randomLocation();
    }

    /** A location every operation answers {@code Forbidden} for; required with {@link GatewayCapability#ACCESS_POLICY}. */
    default LocationId forbiddenLocation() {
        throw new UnsupportedOperationException(
                "declare GatewayCapability.ACCESS_POLICY and override forbiddenLocation()");
    }

    /** The running test's scenario: its location, the gateway with cleanup tracking, and helpers. */
    default Scenario scenario() {
        return Scenarios.of(this);
    }

    /** Deletes what the test created (see the class comment). */
    @AfterEach
    default void deleteWidgetsCreatedByThisTest() {
        Scenarios.close(this);
    }
}
