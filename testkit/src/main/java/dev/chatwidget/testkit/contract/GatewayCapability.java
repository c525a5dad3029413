package dev.chatwidget.testkit.contract;

import java.util.EnumSet;
import java.util.Set;

/**
 * Optional features of a gateway under test. A contract test that needs one is skipped (not failed) when the
 * gateway does not declare it, so an adapter can lack a feature, as in Guava testlib or the Reactive Streams TCK.
 */
public enum GatewayCapability {

    /**
     * {@link GatewayContractHooks#seeder()} stores widgets that writes cannot make: any chat type (waChat,
     * voiceAiChat, allInOneChat, unknown future types), any creation source, a chosen id and createdAt.
     */
    SEEDING,

    /** {@code publicConfig} is served for the widgets the gateway can reach. */
    PUBLIC_CONFIG,

    /** {@link GatewayContractHooks#inspector()} shows stored widgets, soft-deleted ones included. */
    INSPECT_DELETED,

    /** {@link GatewayContractHooks#forbiddenLocation()} names a location every operation answers 403 for. */
    ACCESS_POLICY,

    /**
     * The gateway follows ARCHITECTURE.md's choices where the real service's behaviour is undocumented (refusing
     * {@code default: false} on the default, the promotion order, the {@code " (copy)"} suffix, rejecting paging
     * values above the caps, refusing writes to a stored type outside liveChat and emailChat). The in-memory
     * adapter and the fake server have it; a run against the real service may not.
     */
    MODEL_CHOICES;

    /** Every capability: what the in-memory fake and the fake server offer. */
    public static Set<GatewayCapability> all() {
        return EnumSet.allOf(GatewayCapability.class);
    }

    /** No optional capability: what a run against the real service can rely on. */
    public static Set<GatewayCapability> none() {
        return EnumSet.noneOf(GatewayCapability.class);
    }
}
