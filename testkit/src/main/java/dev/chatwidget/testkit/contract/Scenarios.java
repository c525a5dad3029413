package dev.chatwidget.testkit.contract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The open scenario of each test instance. Interfaces cannot hold state, so the contract keeps it here, keyed by
 * the test instance's identity (JUnit makes a new instance per test by default).
 */
final class Scenarios {

    private static final Map<Object, Scenario> OPEN = Collections.synchronizedMap(new IdentityHashMap<>());

    private Scenarios() {
    }

    static Scenario of(GatewayContractHooks test) {
        return OPEN.computeIfAbsent(test, t -> new Scenario(test));
    }

    static void close(GatewayContractHooks test) {
        Scenario scenario = OPEN.remove(test);
        if (scenario != null) {
            scenario.cleanUp();
        }
    }
}
