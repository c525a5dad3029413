package dev.chatwidget.testkit.arch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.chatwidget.adapter.http.apache.archsamples.ApacheThing;
import dev.chatwidget.adapter.inmemory.archsamples.SampleModule;
import org.junit.jupiter.api.Test;

/** Each shipped rule passes on a sample that obeys it and fails on one that breaks it. */
class ArchitectureRulesTest {

    private static final String SAMPLES = "dev.chatwidget.adapter.inmemory.archsamples.";

    @Test
    void adapters_do_not_depend_on_each_other_but_may_share_the_wire() throws Exception {
        assertFails(ArchitectureRules.adapters_do_not_depend_on_each_other, sample("UsesApacheAdapter"),
                "UsesApacheAdapter");
        assertPasses(ArchitectureRules.adapters_do_not_depend_on_each_other, ApacheThing.class);
    }

    @Test
    void a_users_adapter_depends_on_no_adapter_of_this_project() throws Exception {
        ArchRule rule = ArchitectureRules.adapterIsIndependent("dev.chatwidget.adapter.inmemory.archsamples..");

        assertFails(rule, sample("UsesApacheAdapter"), "ApacheThing");
        assertPasses(rule, SampleModule.class);
    }

    @Test
    void guice_is_used_only_in_inject_packages_and_modules() throws Exception {
        ArchRule rule = ArchitectureRules.guice_is_used_only_in_inject_packages_and_modules;

        assertFails(rule, sample("UsesGuiceDirectly"), "UsesGuiceDirectly");
        assertPasses(rule, SampleModule.class, SampleModule.Config.class, sample("SampleModule$1"));
    }

    @Test
    void no_field_injection() throws Exception {
        assertFails(ArchitectureRules.no_field_injection, sample("FieldInjected"), "dependency");
        assertPasses(ArchitectureRules.no_field_injection, SampleModule.class);
    }

    @Test
    void no_standard_streams_outside_the_cli() throws Exception {
        assertFails(ArchitectureRules.no_standard_streams_outside_the_cli, sample("PrintsToStandardOut"), "System.out");
        assertPasses(ArchitectureRules.no_standard_streams_outside_the_cli, SampleModule.class);
    }

    @Test
    void core_does_not_depend_on_adapters_or_testkit() throws Exception {
        assertFails(ArchitectureRules.core_does_not_depend_on_adapters_or_testkit,
                Class.forName("dev.chatwidget.core.archsamples.CoreUsingAnAdapter"), "InMemoryFake");
    }

    @Test
    void the_core_rule_refuses_to_pass_on_classes_without_core() {
        assertFails(ArchitectureRules.core_does_not_depend_on_adapters_or_testkit, SampleModule.class,
                "failed to check any classes");
    }

    @Test
    void an_adapter_exposes_only_the_types_it_names() throws Exception {
        ArchRule rule = ArchitectureRules.adapterExposesOnly("dev.chatwidget.adapter.inmemory.archsamples..",
                SampleModule.class);
        JavaClasses classes = new ClassFileImporter().importClasses(SampleModule.class, SampleModule.Config.class,
                sample("LeakyPublicHelper"), sample("LeakyPublicHelper$Hidden"), sample("LeakyPublicHelper$Hidden$Deeper"),
                sample("FieldInjected"));

        assertThatThrownBy(() -> rule.check(classes)).as("exposure rule on the samples")
                .hasMessageContaining("LeakyPublicHelper is public but is not")
                .hasMessageNotContaining("Deeper is public")
                .hasMessageNotContaining("Config is public")
                .hasMessageNotContaining("FieldInjected is public");
    }

    @Test
    void check_all_reports_every_broken_rule_at_once() throws Exception {
        JavaClasses classes = new ClassFileImporter().importClasses(sample("FieldInjected"),
                sample("PrintsToStandardOut"));

        assertThatThrownBy(() -> ArchitectureRules.checkAll(classes)).as("checkAll on two broken samples")
                .hasMessageContaining("no field injection")
                .hasMessageContaining("System.out");
    }

    @Test
    void project_code_obeys_the_general_rules() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.chatwidget.core", "dev.chatwidget.adapter.inmemory",
                        "dev.chatwidget.testkit.contract", "dev.chatwidget.testkit.arch");

        assertThat(classes).as("imported project classes").isNotEmpty();
        ArchitectureRules.checkAll(classes);
        ArchitectureRules.core_does_not_depend_on_adapters_or_testkit.check(classes);
    }

    private static Class<?> sample(String simpleName) throws ClassNotFoundException {
        return Class.forName(SAMPLES + simpleName);
    }

    private static void assertFails(ArchRule rule, Class<?> sample, String mentioned) {
        JavaClasses classes = new ClassFileImporter().importClasses(sample);
        assertThatThrownBy(() -> rule.check(classes)).as("%s on %s", rule.getDescription(), sample.getSimpleName())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(mentioned);
    }

    private static void assertPasses(ArchRule rule, Class<?>... samples) {
        rule.check(new ClassFileImporter().importClasses(samples));
    }
}
