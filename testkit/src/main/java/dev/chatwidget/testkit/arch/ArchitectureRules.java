package dev.chatwidget.testkit.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The architecture rules every adapter obeys, this project's and a user's own. The general rules hold for any set
 * of classes (run them with {@link #checkAll(JavaClasses)}); {@link #adapterExposesOnly} is the rule an adapter
 * opts into, naming its public types. For a whole adapter module, extend {@link AdapterArchitectureTest}.
 */
public final class ArchitectureRules {

    public static final String IN_MEMORY_ADAPTER = "dev.chatwidget.adapter.inmemory..";
    public static final String APACHE_ADAPTER = "dev.chatwidget.adapter.http.apache..";
    public static final String JERSEY_ADAPTER = "dev.chatwidget.adapter.http.jersey..";
    /** Every adapter of this project; {@code dev.chatwidget.adapter.http} itself is the shared wire, not one. */
    public static final List<String> ADAPTERS = List.of(IN_MEMORY_ADAPTER, APACHE_ADAPTER, JERSEY_ADAPTER);

    public static final ArchRule adapters_do_not_depend_on_each_other = CompositeArchRule
            .of(adapterIsIndependent(IN_MEMORY_ADAPTER))
            .and(adapterIsIndependent(APACHE_ADAPTER))
            .and(adapterIsIndependent(JERSEY_ADAPTER))
            .as("adapters do not depend on each other (the shared dev.chatwidget.adapter.http wire is allowed)");

    public static final ArchRule guice_is_used_only_in_inject_packages_and_modules = noClasses()
            .that().resideOutsideOfPackage("..inject..").and(DescribedPredicate.not(ArchPredicates.partOfAModule()))
            .should().dependOnClassesThat().resideInAPackage("com.google.inject..")
            .as("Guice is used only in ..inject.. packages and *Module classes")
            .allowEmptyShould(true);

    public static final ArchRule no_field_injection = noFields()
            .should().beAnnotatedWith("jakarta.inject.Inject")
            .orShould().beAnnotatedWith("javax.inject.Inject")
            .orShould().beAnnotatedWith("com.google.inject.Inject")
            .as("no field injection: inject through constructors")
            .allowEmptyShould(true);

    public static final ArchRule no_standard_streams_outside_the_cli = noClasses()
            .that().resideOutsideOfPackage("dev.chatwidget.cli..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .as("nothing but dev.chatwidget.cli writes to System.out or System.err")
            .allowEmptyShould(true);

    /**
     * Not a general rule: an adapter's classes hold no core class, so there it would pass without looking at
     * anything. Check it on classes that include {@code dev.chatwidget.core}; it fails when they include none.
     */
    public static final ArchRule core_does_not_depend_on_adapters_or_testkit = noClasses()
            .that().resideInAPackage("dev.chatwidget.core..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("dev.chatwidget.adapter..", "dev.chatwidget.testkit..", "dev.chatwidget.cli..")
            .as("core depends on no adapter, nor on the testkit or the cli")
            .allowEmptyShould(false);

    /** The general rules, in the order {@link #checkAll} runs them. */
    public static final List<ArchRule> GENERAL_RULES = List.of(adapters_do_not_depend_on_each_other,
            guice_is_used_only_in_inject_packages_and_modules, no_field_injection,
            no_standard_streams_outside_the_cli);

    private ArchitectureRules() {
    }

    /**
     * Classes of {@code adapterPackage} (an ArchUnit package pattern, e.g. {@code "com.acme.widgets.."}) depend on
     * no adapter of this project but themselves.
     */
    public static ArchRule adapterIsIndependent(String adapterPackage) {
        String[] others = ADAPTERS.stream().filter(a -> !a.equals(adapterPackage)).toArray(String[]::new);
        return noClasses().that().resideInAPackage(adapterPackage)
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(others)
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage(adapterPackage))))
                .as(adapterPackage + " depends on no other adapter")
                .allowEmptyShould(true);
    }

    /** The opt-in rule: the only public types of {@code adapterPackage} are the given ones (and their nested types). */
    public static ArchRule adapterExposesOnly(String adapterPackage, Class<?>... allowed) {
        return adapterExposesOnly(adapterPackage, Arrays.stream(allowed).map(Class::getName).toArray(String[]::new));
    }

    /** As {@link #adapterExposesOnly(String, Class[])}, by fully qualified name (types may not exist yet). */
    public static ArchRule adapterExposesOnly(String adapterPackage, String... allowedTypeNames) {
        Set<String> allowed = new LinkedHashSet<>(Arrays.asList(allowedTypeNames));
        return classes().that().resideInAPackage(adapterPackage).and(ArchPredicates.exposed())
                .should(ArchPredicates.beAmong(allowed))
                .as(adapterPackage + " exposes nothing public but " + allowed.stream()
                        .map(n -> n.substring(n.lastIndexOf('.') + 1)).collect(Collectors.joining(", ")));
    }

    /** Checks every general rule and reports all their violations at once. */
    public static void checkAll(JavaClasses classes) {
        check(classes, GENERAL_RULES);
    }

    /** Checks {@code rules} and reports all their violations at once. */
    public static void check(JavaClasses classes, List<ArchRule> rules) {
        List<String> reports = new ArrayList<>();
        for (ArchRule rule : rules) {
            EvaluationResult result = rule.evaluate(classes);
            if (result.hasViolation()) {
                reports.add(result.getFailureReport().toString());
            }
        }
        if (!reports.isEmpty()) {
            throw new AssertionError(String.join(System.lineSeparator(), reports));
        }
    }
}
