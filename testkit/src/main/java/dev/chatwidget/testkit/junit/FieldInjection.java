package dev.chatwidget.testkit.junit;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.function.Function;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/** Sets the marked fields of a test instance from what an extension can supply for their type. */
final class FieldInjection {

    private FieldInjection() {
    }

    static void inject(Object instance, Class<? extends Annotation> marker, Function<Class<?>, Optional<Object>> supply) {
        for (Field field : AnnotationSupport.findAnnotatedFields(instance.getClass(), marker,
                f -> !Modifier.isStatic(f.getModifiers()), HierarchyTraversalMode.TOP_DOWN)) {
            Optional<Object> value = supply.apply(field.getType());
            if (value.isEmpty()) {
                continue;
            }
            try {
                field.setAccessible(true);
                field.set(instance, value.get());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot inject @" + marker.getSimpleName() + " field "
                        + field.getName() + ": " + e.getMessage(), e);
            }
        }
    }
}
