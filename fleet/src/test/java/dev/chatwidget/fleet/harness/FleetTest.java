package dev.chatwidget.fleet.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The harness runs real, separate JVMs, reads their reports and never leaves one running past its deadline. */
class FleetTest {

    @Test
    void children_are_separate_processes_that_report_their_summary() {
        try (Fleet fleet = Fleet.of(3, EchoChild.class).args(i -> List.of("child-" + i)).start()) {
            List<ChildOutcome> outcomes = fleet.awaitAll(Duration.ofSeconds(30));

            assertThat(outcomes).allMatch(ChildOutcome::succeeded, "exited 0 with a summary");
            assertThat(outcomes).extracting(o -> o.number("pid"))
                    .doesNotHaveDuplicates()
                    .doesNotContain(ProcessHandle.current().pid())
                    .containsExactlyElementsOf(fleet.children().stream().map(FleetChild::pid).toList());
            assertThat(outcomes).extracting(o -> o.summary().get("arg"))
                    .containsExactly("child-0", "child-1", "child-2");
        }
    }

    @Test
    void a_child_still_running_at_the_deadline_is_killed_and_reported_as_timed_out() {
        try (Fleet fleet = Fleet.of(2, EchoChild.class)
                .args(i -> i == 0 ? List.of("quick") : List.of("slow", "hang")).start()) {
            assertThat(fleet.child(1).awaitEvent("started", Duration.ofSeconds(20))).isPresent();

            long before = System.nanoTime();
            List<ChildOutcome> outcomes = fleet.awaitAll(Duration.ofSeconds(2));

            assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(15));
            assertThat(outcomes.get(0).succeeded()).isTrue();
            assertThat(outcomes.get(1).exitCode()).isEqualTo(ChildOutcome.TIMED_OUT);
            assertThat(fleet.child(1).isAlive()).isFalse();
        }
    }

    @Test
    void kill_is_a_sigkill_that_skips_the_childs_own_ending() {
        try (Fleet fleet = Fleet.of(1, EchoChild.class).args(i -> List.of("victim", "hang")).start()) {
            assertThat(fleet.child(0).awaitEvent("started", Duration.ofSeconds(20))).isPresent();

            fleet.child(0).kill();
            ChildOutcome outcome = fleet.awaitAll(Duration.ofSeconds(5)).get(0);

            assertThat(outcome.exitCode()).isEqualTo(128 + 9);
            assertThat(outcome.summary()).isEmpty();
        }
    }
}
