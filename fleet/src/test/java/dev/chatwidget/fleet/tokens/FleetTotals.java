package dev.chatwidget.fleet.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.fleet.harness.ChildOutcome;
import dev.chatwidget.testkit.server.oauth.FakeOAuth;
import java.time.Duration;
import java.util.List;

/** What the workers of a token fleet saw, summed, printed and checked against the proof's bar. */
record FleetTotals(String name, List<ChildOutcome> workers, long calls, long unauthorized, long failed,
                   int refreshRequests, int refreshesGranted, Duration tokenLifetime) {

    static FleetTotals of(String name, List<ChildOutcome> workers, FakeOAuth oauth) {
        return of(name, workers, oauth, FleetApp.ACCESS_TOKEN_LIFETIME);
    }

    /** As {@link #of(String, List, FakeOAuth)}, for a fake server granting access tokens of {@code tokenLifetime}. */
    static FleetTotals of(String name, List<ChildOutcome> workers, FakeOAuth oauth, Duration tokenLifetime) {
        workers.forEach(o -> System.out.println("fleet on " + name + ": " + o));
        assertThat(workers).allSatisfy(o -> assertThat(o.succeeded()).as(o.toString()).isTrue());
        return new FleetTotals(name, workers, sum(workers, "calls"), sum(workers, "unauthorized"),
                sum(workers, "failed"), oauth.refreshRequests(), oauth.refreshesGranted(), tokenLifetime);
    }

    /**
     * Nothing surfaced, nothing refused, and the refreshes granted are the rotations the run needed: the first
     * (the seeded token is stale by the time the workers call) and then at most one per token generation, i.e. per
     * (lifetime - lead) of the time the workers ran. Fewer when calls were sparse (a busy machine): a rotation is
     * needed only when a call finds the token stale.
     */
    void assertOneSharedRefreshPerRotation(Duration elapsed) {
        long fewest = 1;
        long most = elapsed.toMillis() / tokenLifetime.minus(FleetApp.LEAD).toMillis() + 1;
        System.out.printf("fleet on %s: %d workers, %d calls, %d unauthorized, %d failed; refreshes requested %d,"
                        + " granted %d (rotations needed %d..%d in %d ms)%n", name, workers.size(), calls,
                unauthorized, failed, refreshRequests, refreshesGranted, fewest, most, elapsed.toMillis());
        // Every worker got through (how many calls depends on the machine's load; each must have succeeded).
        assertThat(workers).allSatisfy(o -> assertThat(o.number("ok")).as(o.toString()).isPositive());
        // On failure the message carries each worker's outcome with its stderr tail, where it names the errors.
        assertThat(unauthorized).as("Unauthorized surfaced on %s: %s", name, workers).isZero();
        assertThat(failed).as("other failures surfaced on %s: %s", name, workers).isZero();
        assertThat(refreshRequests).as("no refused refresh").isEqualTo(refreshesGranted);
        assertThat((long) refreshesGranted).isBetween(fewest, most);
    }

    private static long sum(List<ChildOutcome> workers, String key) {
        return workers.stream().mapToLong(o -> o.number(key)).sum();
    }
}
