package dev.chatwidget.core.inject.rulebreaker;

import com.google.inject.AbstractModule;
import org.assertj.core.api.SoftAssertions;

/**
 * Breaks the inject package's allow-list on purpose (Guice is allowed here, AssertJ is not), so that
 * ArchitectureRulesBiteTest can show the rule catches it. Never run.
 */
@SuppressWarnings("unused")
public class InjectRuleBreaker extends AbstractModule {

    SoftAssertions outsideTheAllowList;
}
