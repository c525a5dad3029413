package dev.chatwidget.spring.boot.readme;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application of the README's examples: it has one service, {@link SupportWidgets}. */
@SpringBootApplication
public class MyApplication {
}
