package dev.chatwidget.cli.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.chatwidget.testkit.arch.ArchitectureRules;

/**
 * The rules that span modules, checked here because {@code cli} sees every module: the rules the testkit ships
 * (adapters independent, Guice only in inject packages and modules, no field injection, only the program prints),
 * the hexagon's dependencies pointing inwards, and each adapter's public surface.
 */
@AnalyzeClasses(packages = "dev.chatwidget", importOptions = ImportOption.DoNotIncludeTests.class)
class ProjectArchitectureTest {

    private static final String CORE = "dev.chatwidget.core..";
    private static final String HTTP = "dev.chatwidget.adapter.http..";
    private static final String APACHE = "dev.chatwidget.adapter.http.apache..";
    private static final String JERSEY = "dev.chatwidget.adapter.http.jersey..";
    private static final String IN_MEMORY = "dev.chatwidget.adapter.inmemory..";
    private static final String TESTKIT = "dev.chatwidget.testkit..";
    private static final String CLI = "dev.chatwidget.cli..";

    @ArchTest
    static final ArchRule core_does_not_depend_on_adapters_testkit_or_cli = noClasses()
            .that().resideInAPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("dev.chatwidget.adapter..", TESTKIT, CLI);

    @ArchTest
    static final ArchRule the_in_memory_adapter_does_not_depend_on_the_http_adapters = noClasses()
            .that().resideInAPackage(IN_MEMORY)
            .should().dependOnClassesThat().resideInAnyPackage(HTTP, TESTKIT, CLI);

    @ArchTest
    static final ArchRule the_apache_adapter_does_not_depend_on_other_adapters = noClasses()
            .that().resideInAPackage(APACHE)
            .should().dependOnClassesThat().resideInAnyPackage(JERSEY, IN_MEMORY, TESTKIT, CLI);

    @ArchTest
    static final ArchRule the_jersey_adapter_does_not_depend_on_other_adapters = noClasses()
            .that().resideInAPackage(JERSEY)
            .should().dependOnClassesThat().resideInAnyPackage(APACHE, IN_MEMORY, TESTKIT, CLI);

    @ArchTest
    static final ArchRule the_wire_does_not_depend_on_any_one_adapter = noClasses()
            .that().resideInAPackage(HTTP).and().resideOutsideOfPackages(APACHE, JERSEY)
            .should().dependOnClassesThat().resideInAnyPackage(APACHE, JERSEY, IN_MEMORY, TESTKIT, CLI);

    @ArchTest
    static final ArchRule the_testkit_does_not_depend_on_the_http_adapters_or_the_cli = noClasses()
            .that().resideInAPackage(TESTKIT)
            .should().dependOnClassesThat().resideInAnyPackage(APACHE, JERSEY, CLI);

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
