package dev.chatwidget.cli.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules that span modules, checked here because {@code cli} sees every module: the hexagon's dependencies
 * point inwards, adapters never know each other, Guice stays in inject packages and only the program prints.
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
    static final ArchRule guice_is_used_only_in_inject_packages = noClasses()
            .that().resideOutsideOfPackage("..inject..")
            .should().dependOnClassesThat().resideInAPackage("com.google.inject..");

    @ArchTest
    static final ArchRule nothing_is_injected_into_fields = noFields()
            .should().beAnnotatedWith(jakarta.inject.Inject.class)
            .orShould().beAnnotatedWith(com.google.inject.Inject.class);

    @ArchTest
    static final ArchRule only_the_cli_writes_to_standard_output = noClasses()
            .that().resideOutsideOfPackage(CLI)
            .should().accessField(System.class, "out");
}
