package dev.chatwidget.adapter.http.apache;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.testkit.faults.HttpFaultMatrix;
import java.util.OptionalInt;

class ApacheFaultMatrixTest extends HttpFaultMatrix {

    @Override
    protected CloseableGateway gateway(HttpConfig config) {
        return ApacheConnectionPoolTest.open(config);
    }

    @Override
    protected OptionalInt leasedConnections(CloseableGateway gateway) {
        return OptionalInt.of(ApacheConnectionPoolTest.transport(gateway).poolStats().getLeased());
    }
}
