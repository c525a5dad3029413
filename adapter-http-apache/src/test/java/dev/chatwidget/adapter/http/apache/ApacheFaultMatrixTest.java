package dev.chatwidget.adapter.http.apache;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.testkit.faults.HttpFaultMatrix;
import java.util.OptionalInt;

class ApacheFaultMatrixTest extends HttpFaultMatrix {

    private final PooledGateways pooled = new PooledGateways();

    @Override
    protected CloseableGateway gateway(HttpConfig config) {
        return pooled.create(config);
    }

    @Override
    protected OptionalInt leasedConnections(CloseableGateway gateway) {
        return OptionalInt.of(pooled.stats(gateway).getLeased());
    }
}
