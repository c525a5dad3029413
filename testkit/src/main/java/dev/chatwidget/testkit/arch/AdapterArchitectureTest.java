package dev.chatwidget.testkit.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules for one adapter module: extend it in the module's tests, naming the adapter's base
 * package and its public types (module, config, handle).
 *
 * <pre>{@code
 * class MyAdapterArchitectureTest extends AdapterArchitectureTest {
 *     MyAdapterArchitectureTest() {
 *         super("com.acme.widgets", MyWidgetsModule.class, MyWidgetsConfig.class);
 *     }
 * }
 * }</pre>
 */
public abstract class AdapterArchitectureTest {

    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    private final String basePackage;
    private final String[] publicTypes;

    protected AdapterArchitectureTest(String basePackage, Class<?>... publicTypes) {
        this(basePackage, Arrays.stream(publicTypes).map(Class::getName).toArray(String[]::new));
    }

    /** With public types by fully qualified name, for types another module adds later. */
    protected AdapterArchitectureTest(String basePackage, String... publicTypeNames) {
        this.basePackage = Objects.requireNonNull(basePackage, "basePackage");
        this.publicTypes = publicTypeNames.clone();
    }

    /** The adapter's main classes (tests excluded), imported once per package. */
    protected JavaClasses classes() {
        return IMPORTED.computeIfAbsent(basePackage, p -> new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(p));
    }

    @Test
    void adapter_depends_on_no_other_adapter() {
        ArchitectureRules.adapterIsIndependent(basePackage + "..").check(classes());
    }

    @Test
    void adapter_obeys_the_general_rules() {
        ArchitectureRules.checkAll(classes());
    }

    @Test
    void adapter_exposes_nothing_public_but_its_module_config_and_handle() {
        ArchitectureRules.adapterExposesOnly(basePackage + "..", publicTypes).check(classes());
    }
}
