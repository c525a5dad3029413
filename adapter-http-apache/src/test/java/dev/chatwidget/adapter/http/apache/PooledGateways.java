package dev.chatwidget.adapter.http.apache;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpChatWidgetGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.hc.core5.pool.PoolStats;

/** Gateways built over transports the test keeps, so that it can read each one's pool counters. */
final class PooledGateways {

    private final Map<CloseableGateway, ApacheTransport> transports = Collections.synchronizedMap(new IdentityHashMap<>());

    CloseableGateway create(HttpConfig config) {
        ApacheTransport transport = new ApacheTransport(config.transportSettings());
        CloseableGateway gateway = new HttpChatWidgetGateway(config, transport);
        transports.put(gateway, transport);
        return gateway;
    }

    PoolStats stats(CloseableGateway gateway) {
        return transports.get(gateway).poolStats();
    }
}
