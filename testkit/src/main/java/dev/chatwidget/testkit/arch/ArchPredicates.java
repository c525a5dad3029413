package dev.chatwidget.testkit.arch;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.Set;

/** The building blocks of the shipped rules. */
final class ArchPredicates {

    private ArchPredicates() {
    }

    /** The outermost class a (nested, inner, local or anonymous) class belongs to. */
    static JavaClass topLevel(JavaClass javaClass) {
        JavaClass current = javaClass;
        Optional<JavaClass> enclosing = current.getEnclosingClass();
        while (enclosing.isPresent()) {
            current = enclosing.get();
            enclosing = current.getEnclosingClass();
        }
        return current;
    }

    /** Classes that are, or live inside, a Guice module class (named {@code *Module}). */
    static DescribedPredicate<JavaClass> partOfAModule() {
        return DescribedPredicate.describe("are part of a *Module class",
                c -> topLevel(c).getSimpleName().endsWith("Module"));
    }

    /** Classes a user can reach: public, and nested only in public classes. */
    static DescribedPredicate<JavaClass> exposed() {
        return DescribedPredicate.describe("are public", c -> {
            JavaClass current = c;
            while (true) {
                if (!current.getModifiers().contains(JavaModifier.PUBLIC) || current.isAnonymousClass()) {
                    return false;
                }
                Optional<JavaClass> enclosing = current.getEnclosingClass();
                if (enclosing.isEmpty()) {
                    return true;
                }
                current = enclosing.get();
            }
        });
    }

    /** Be one of the named types, or nested inside one of them (e.g. a handle's builder). */
    static ArchCondition<JavaClass> beAmong(Set<String> allowedTypeNames) {
        return new ArchCondition<>("be one of " + allowedTypeNames + " or nested in one of them") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                boolean allowed = false;
                for (JavaClass c = javaClass; c != null; c = c.getEnclosingClass().orElse(null)) {
                    allowed |= allowedTypeNames.contains(c.getName());
                }
                events.add(new SimpleConditionEvent(javaClass, allowed, javaClass.getName()
                        + (allowed ? " is" : " is public but is not") + " the adapter's module, config or handle"));
            }
        };
    }
}
