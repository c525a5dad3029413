package dev.chatwidget.core.inject.environment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Building the module says which adapter was chosen and from where (and, for HTTP, where to), never the token. */
class ChatWidgetsEnvironmentLogTest {

    private final Logger logger = Logger.getLogger(ChatWidgetsEnvironment.class.getName());
    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getLevel() + " " + record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level previousLevel;

    @BeforeEach
    void listen() {
        previousLevel = logger.getLevel();
        logger.setLevel(Level.INFO);
        logger.addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(handler);
        logger.setLevel(previousLevel);
    }

    @Test
    void an_http_adapter_is_logged_with_its_base_url_and_without_the_token() {
        ChatWidgetsEnvironment.from(Map.of("HIGHLEVEL_TOKEN", "pit-secret-token",
                        "HIGHLEVEL_BASE_URL", "http://127.0.0.1:9"))
                .providers(List.of(new StubAdapterProvider("apache", true))).adapter("apache").module();

        assertThat(logged)
                .containsExactly("INFO chat-widget: using the apache adapter (from code) at http://127.0.0.1:9");
    }

    @Test
    void an_adapter_that_calls_no_service_is_logged_without_a_url() {
        ChatWidgetsEnvironment.from(Map.of("CHATWIDGET_ADAPTER", "inmemory"))
                .providers(List.of(new StubAdapterProvider("inmemory", false))).module();

        assertThat(logged).containsExactly("INFO chat-widget: using the inmemory adapter (from CHATWIDGET_ADAPTER)");
    }
}
