package dev.chatwidget.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.chatwidget.core.application.pipeline.rulebreaker.PipelineRuleBreaker;
import dev.chatwidget.core.domain.rulebreaker.RuleBreaker;
import dev.chatwidget.core.inject.rulebreaker.InjectRuleBreaker;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each architecture rule is shown to fail on a class that breaks it, so none of them passes by checking nothing. */
class ArchitectureRulesBiteTest {

    private static final JavaClasses BREAKER = new ClassFileImporter().importClasses(RuleBreaker.class,
            InjectRuleBreaker.class, PipelineRuleBreaker.class);

    static Stream<Arguments> rulesAndWhatTheyCatch() {
        return Stream.of(
                Arguments.of("allow-list", ArchitectureTest.core_depends_only_on_the_jdk_vavr_jspecify_and_jakarta_inject,
                        new String[] {"org.assertj.core.api.SoftAssertions", "com.google.inject.Injector"}),
                Arguments.of("inject allow-list", ArchitectureTest.the_inject_package_may_also_depend_on_guice,
                        new String[] {"InjectRuleBreaker.outsideTheAllowList", "org.assertj.core.api.SoftAssertions"}),
                Arguments.of("guice", ArchitectureTest.only_the_inject_package_depends_on_guice,
                        new String[] {"com.google.inject.Injector"}),
                Arguments.of("domain", ArchitectureTest.the_domain_does_not_depend_on_ports_application_or_inject,
                        new String[] {"ChatWidgetGateway", "ChatWidgetService"}),
                Arguments.of("field injection", ArchitectureTest.no_field_is_injected,
                        new String[] {"RuleBreaker.gateway"}),
                Arguments.of("standard streams", ArchitectureTest.nothing_in_core_writes_to_standard_out_or_standard_err,
                        new String[] {"java.lang.System.out", "java.lang.System.err", "printStackTrace"}),
                Arguments.of("clock", ArchitectureTest.nothing_in_core_reads_the_system_clock_time_comes_from_an_injected_clock,
                        new String[] {"java.time.Instant.now()", "java.time.LocalDateTime.now()",
                            "java.lang.System.currentTimeMillis()"}),
                Arguments.of("sleep", ArchitectureTest.nothing_in_core_sleeps_waiting_is_injected,
                        new String[] {"java.lang.Thread.sleep(long)"}),
                Arguments.of("randomness", ArchitectureTest.nothing_in_core_makes_its_own_randomness_it_is_injected,
                        new String[] {"java.util.Random.<init>()", "java.lang.Math.random()"}),
                Arguments.of("thread-local", ArchitectureTest.nothing_in_core_keeps_state_in_a_thread_local,
                        new String[] {"PipelineRuleBreaker.CURRENT_CALL", "java.lang.ThreadLocal"}),
                Arguments.of("steps",
                        ArchitectureTest.pipeline_steps_do_not_know_the_operations_requests_or_the_gateway,
                        new String[] {"WidgetRequest$GetWidget", "PipelineRuleBreaker.gateway"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesAndWhatTheyCatch")
    void each_architecture_rule_reports_every_breach_it_names(String name, ArchRule rule, String[] breaches) {
        var result = rule.evaluate(BREAKER);

        assertThat(result.hasViolation()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails())).contains(breaches);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesAndWhatTheyCatch")
    void each_architecture_rule_refuses_to_pass_on_nothing(String name, ArchRule rule, String[] breaches) {
        JavaClasses nothing = new ClassFileImporter().importClasses();

        assertThatThrownBy(() -> rule.evaluate(nothing)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }
}
