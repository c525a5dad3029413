package dev.chatwidget.spring.boot;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when the context's chat widgets run on the in-memory fake (chosen, or the default without HTTP). */
class OnInMemoryAdapter extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String property = context.getEnvironment().getProperty(AdapterChoice.PROPERTY);
        try {
            ChatWidgetAdapter adapter = AdapterChoice.choose(property, context.getClassLoader()).adapter();
            return adapter == ChatWidgetAdapter.INMEMORY ? ConditionOutcome.match("the in-memory adapter")
                    : ConditionOutcome.noMatch("the " + adapter.propertyValue() + " adapter");
        } catch (IllegalStateException e) {
            // A bad adapter property: the AdapterChoice bean reports it; nothing here depends on it.
            return ConditionOutcome.noMatch("no valid adapter");
        }
    }
}
