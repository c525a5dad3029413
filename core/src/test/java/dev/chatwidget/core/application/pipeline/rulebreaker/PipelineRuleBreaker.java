package dev.chatwidget.core.application.pipeline.rulebreaker;

import dev.chatwidget.core.call.WidgetRequest.GetWidget;
import dev.chatwidget.core.port.out.ChatWidgetGateway;

/**
 * A "step" in the pipeline package that breaks the pipeline's rules on purpose (knows an operation's request and
 * the gateway, keeps a thread-local), so that ArchitectureRulesBiteTest can show the rules catch it. Never run.
 */
@SuppressWarnings("unused")
public class PipelineRuleBreaker {

    private static final ThreadLocal<String> CURRENT_CALL = new ThreadLocal<>();

    ChatWidgetGateway gateway;

    boolean isGet(Object request) {
        return request instanceof GetWidget;
    }
}
