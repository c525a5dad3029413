package dev.chatwidget.core;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** The core's architecture rules: what it may depend on, and that time and randomness come from outside. */
@AnalyzeClasses(packages = "dev.chatwidget.core", importOptions = ImportOption.DoNotIncludeTests.class)
public final class ArchitectureTest {

    private static final String CORE = "dev.chatwidget.core..";
    private static final String INJECT = "dev.chatwidget.core.inject..";
    private static final String OPERATION_REQUESTS = "dev\\.chatwidget\\.core\\.call\\.WidgetRequest\\$.+";
    private static final String[] ALLOWED = {CORE, "java..", "io.vavr..", "org.jspecify..", "jakarta.inject.."};

    @ArchTest
    public static final ArchRule core_depends_only_on_the_jdk_vavr_jspecify_and_jakarta_inject =
            classes().that().resideInAPackage(CORE).and().resideOutsideOfPackage(INJECT)
                    .should().onlyDependOnClassesThat().resideInAnyPackage(ALLOWED)
                    .allowEmptyShould(false);

    @ArchTest
    public static final ArchRule the_inject_package_may_also_depend_on_guice =
            classes().that().resideInAPackage(INJECT)
                    .should().onlyDependOnClassesThat().resideInAnyPackage(concat(ALLOWED, "com.google.inject.."))
                    .allowEmptyShould(false);

    @ArchTest
    public static final ArchRule only_the_inject_package_depends_on_guice =
            noClasses().that().resideInAPackage(CORE).and().resideOutsideOfPackage(INJECT)
                    .should().dependOnClassesThat().resideInAPackage("com.google.inject..")
                    .allowEmptyShould(false);

    @ArchTest
    public static final ArchRule the_domain_does_not_depend_on_ports_application_or_inject =
            noClasses().that().resideInAPackage("dev.chatwidget.core.domain..")
                    .should().dependOnClassesThat().resideInAnyPackage("dev.chatwidget.core.port..",
                            "dev.chatwidget.core.application..", INJECT)
                    .allowEmptyShould(false);

    @ArchTest
    public static final ArchRule no_field_is_injected =
            noFields().should().beAnnotatedWith("jakarta.inject.Inject")
                    .orShould().beAnnotatedWith("javax.inject.Inject")
                    .orShould().beAnnotatedWith("com.google.inject.Inject")
                    .allowEmptyShould(false);

    @ArchTest
    public static final ArchRule nothing_in_core_writes_to_standard_out_or_standard_err =
            noClasses().should().accessField(System.class, "out")
                    .orShould().accessField(System.class, "err")
                    .orShould().callMethodWhere(target(name("printStackTrace"))
                            .and(target(owner(assignableTo(Throwable.class)))))
                    .allowEmptyShould(false);

    @ArchTest
    public static final ArchRule nothing_in_core_reads_the_system_clock_time_comes_from_an_injected_clock =
            noClasses().should().callMethod(Instant.class, "now")
                    .orShould().callMethod(LocalDateTime.class, "now")
                    .orShould().callMethod(LocalDate.class, "now")
                    .orShould().callMethod(ZonedDateTime.class, "now")
                    .orShould().callMethod(OffsetDateTime.class, "now")
                    .orShould().callMethod(System.class, "currentTimeMillis")
                    .orShould().callMethod(System.class, "nanoTime")
                    .allowEmptyShould(false);

    @ArchTest
    public static final ArchRule nothing_in_core_sleeps_waiting_is_injected =
            noClasses().should().callMethod(Thread.class, "sleep", long.class)
                    .orShould().callMethod(Thread.class, "sleep", long.class, int.class)
                    .allowEmptyShould(false);

    @ArchTest
    // The composition root (core.inject) is where the real random source is made, as it binds the system clock.
    public static final ArchRule nothing_in_core_makes_its_own_randomness_it_is_injected =
            noClasses().that().resideOutsideOfPackage(INJECT).should().callConstructor(Random.class)
                    .orShould().callConstructor(Random.class, long.class)
                    .orShould().callConstructor(SecureRandom.class)
                    .orShould().callMethod(Math.class, "random")
                    .orShould().callMethod(ThreadLocalRandom.class, "current")
                    .orShould().callMethod(UUID.class, "randomUUID")
                    .allowEmptyShould(false);

    @ArchTest
    // A call's context is passed as an argument, so it can follow the call onto another thread.
    public static final ArchRule nothing_in_core_keeps_state_in_a_thread_local =
            noClasses().should().dependOnClassesThat().areAssignableTo(ThreadLocal.class)
                    .allowEmptyShould(false);

    @ArchTest
    // The steps know nothing of the eight operations; GatewayHandler is the one place a call meets the gateway.
    public static final ArchRule pipeline_steps_do_not_know_the_operations_requests_or_the_gateway =
            noClasses().that().resideInAPackage("dev.chatwidget.core.application.pipeline..")
                    .and().doNotHaveSimpleName("GatewayHandler")
                    .should().dependOnClassesThat().haveNameMatching(OPERATION_REQUESTS)
                    .orShould().dependOnClassesThat().areAssignableTo(ChatWidgetGateway.class)
                    .allowEmptyShould(false);

    private ArchitectureTest() {
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
