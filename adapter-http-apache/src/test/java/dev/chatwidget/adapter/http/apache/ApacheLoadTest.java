package dev.chatwidget.adapter.http.apache;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.testkit.faults.HttpLoad;
import java.util.Map;
import org.apache.hc.core5.pool.PoolStats;

class ApacheLoadTest extends HttpLoad {

    @Override
    protected CloseableGateway gateway(HttpConfig config) {
        return ApacheConnectionPoolTest.open(config);
    }

    @Override
    protected Map<String, Integer> poolStatistics(CloseableGateway gateway) {
        PoolStats stats = ApacheConnectionPoolTest.transport(gateway).poolStats();
        return Map.of("leased", stats.getLeased(), "pending", stats.getPending(), "available", stats.getAvailable(),
                "max", stats.getMax());
    }
}
