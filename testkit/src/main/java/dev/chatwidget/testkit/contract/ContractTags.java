package dev.chatwidget.testkit.contract;

/** The JUnit tags the contract puts on its tests. */
public final class ContractTags {

    /**
     * Tests that only create their own liveChat/emailChat widgets in the test's location and delete them
     * afterwards: the subset fit for an opt-in run against the real service
     * ({@code mvn verify -Dgroups=safe}).
     */
    public static final String SAFE = "safe";

    private ContractTags() {
    }
}
