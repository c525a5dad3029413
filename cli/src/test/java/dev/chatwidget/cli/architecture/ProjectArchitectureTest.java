package dev.chatwidget.cli.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.chatwidget.testkit.arch.ArchitectureRules;

/**
 * The rules that span modules and that the Maven dependency graph cannot enforce, checked here because {@code cli}
 * sees every module: the general rules the testkit ships (Guice only in inject packages and modules, no field
 * injection, only the program prints) and each adapter's public surface. Which module may use which (core uses no
 * adapter, the wire no single adapter, the testkit no HTTP adapter, nothing uses the cli) is not restated here: the
 * module poms declare no such dependency, so code breaking it does not compile.
 */
@AnalyzeClasses(packages = "dev.chatwidget", importOptions = ImportOption.DoNotIncludeTests.class)
class ProjectArchitectureTest {

    private static final String APACHE = "dev.chatwidget.adapter.http.apache..";
    private static final String JERSEY = "dev.chatwidget.adapter.http.jersey..";
    private static final String IN_MEMORY = "dev.chatwidget.adapter.inmemory..";

    @ArchTest
    static void the_rules_the_testkit_ships_hold_for_the_whole_project(JavaClasses classes) {
        ArchitectureRules.checkAll(classes);
    }

    @ArchTest
    static final ArchRule the_apache_adapter_exposes_only_its_factory_and_module = ArchitectureRules
            .adapterExposesOnly(APACHE, "dev.chatwidget.adapter.http.apache.ApacheHttpChatWidgets",
                    "dev.chatwidget.adapter.http.apache.ApacheHttpModule");

    @ArchTest
    static final ArchRule the_jersey_adapter_exposes_only_its_factory_and_module = ArchitectureRules
            .adapterExposesOnly(JERSEY, "dev.chatwidget.adapter.http.jersey.JerseyHttpChatWidgets",
                    "dev.chatwidget.adapter.http.jersey.JerseyModule");

    @ArchTest
    static final ArchRule the_in_memory_adapter_exposes_only_its_handle_and_module = ArchitectureRules
            .adapterExposesOnly(IN_MEMORY, "dev.chatwidget.adapter.inmemory.InMemoryFake",
                    "dev.chatwidget.adapter.inmemory.SeedWidget", "dev.chatwidget.adapter.inmemory.AccessPolicy",
                    "dev.chatwidget.adapter.inmemory.InMemoryModule", "dev.chatwidget.adapter.inmemory.DemoLocation");
}
