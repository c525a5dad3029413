package dev.chatwidget.core.domain.rulebreaker;

import com.google.inject.Injector;
import dev.chatwidget.core.application.ChatWidgetService;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;

/**
 * Breaks every architecture rule on purpose, so that ArchitectureRulesBiteTest can show each rule catches what it
 * names. It sits in the domain package of the test sources, which the architecture rules do not import. Never run.
 */
@SuppressWarnings("unused")
public class RuleBreaker {

    @Inject
    ChatWidgetGateway gateway;

    Injector injector;

    ChatWidgetService service;

    SoftAssertions outsideTheAllowList;

    void breakTheRules() throws InterruptedException {
        System.out.println(Instant.now());
        System.err.println(LocalDateTime.now());
        long millis = System.currentTimeMillis();
        Thread.sleep(millis);
        TimeUnit.MILLISECONDS.sleep(millis);
        double noise = Math.random() + new Random().nextInt();
        new IllegalStateException().printStackTrace();
    }
}
