package dev.chatwidget.core.application.resilience;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

@AnalyzeClasses(packages = "dev.chatwidget.core.application.resilience",
        importOptions = ImportOption.DoNotIncludeTests.class)
class ResilienceArchitectureTest {

    @ArchTest
    static final ArchRule resilience_takes_time_waiting_and_randomness_only_from_injected_sources = noClasses()
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(Thread.class, "sleep", long.class)
            .orShould().callMethod(TimeUnit.class, "sleep", long.class)
            .orShould().callMethod(LockSupport.class, "parkNanos", long.class)
            .orShould().callMethod(Math.class, "random")
            .orShould().callConstructor(Random.class)
            .because("tests drive time, waits and jitter through the injected Clock, Sleeper and RandomGenerator");

    @ArchTest
    static final ArchRule resilience_depends_only_on_the_jdk_vavr_and_core = noClasses()
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "io.vavr..", "dev.chatwidget.core..",
                    "org.jspecify..", "jakarta.inject..");
}
