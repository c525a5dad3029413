package dev.chatwidget.fleet.tokens;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpChatWidgetGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportSettings;
import dev.chatwidget.adapter.http.apache.ApacheHttpChatWidgets;
import dev.chatwidget.adapter.http.oauth.HttpTokenRefresher;
import dev.chatwidget.core.application.ChatWidgetService;
import dev.chatwidget.core.application.auth.OAuthTokenProvider;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.Unauthorized;
import dev.chatwidget.core.port.out.TokenRefresher;
import dev.chatwidget.core.port.out.TokenStore;
import dev.chatwidget.fleet.harness.ChildReport;
import dev.chatwidget.fleet.harness.Fleet;
import dev.chatwidget.testkit.server.FakeHighLevelServer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One instance of the app in the token fleet: lists widgets every interval for the run time through the Apache
 * adapter, with an {@link OAuthTokenProvider} on the shared store, and reports what its callers saw.
 * Arguments: store URI (see {@link FleetStore}), fake server URI, run millis,
 * interval millis, role ({@code worker} or {@code victim}: a victim announces "refreshing" holding the lease,
 * before sending the refresh, then stalls to be killed).
 */
public final class TokenFleetChild {

    private TokenFleetChild() {
    }

    public static void main(String[] args) throws Exception {
        String storeUri = args[0];
        URI server = URI.create(args[1]);
        long runMillis = Long.parseLong(args[2]);
        long intervalMillis = Long.parseLong(args[3]);
        boolean victim = args[4].equals("victim");
        Map<String, Object> report = new LinkedHashMap<>();
        try (FleetStore store = FleetStore.open(storeUri)) {
            run(store.store(), server, runMillis, intervalMillis, victim, report);
        }
        ChildReport.summary(report);
        System.exit(0); // Lettuce, HikariCP and HTTP client threads must not keep the child alive
    }

    /** {@code count} children in {@code role} on the store at {@code storeUri}, calling {@code server} for a run. */
    static Fleet fleet(int count, String storeUri, FakeHighLevelServer server, Duration run, String role) {
        return Fleet.of(count, TokenFleetChild.class)
                .args(i -> List.of(storeUri, server.baseUri().toString(), Long.toString(run.toMillis()),
                        Long.toString(FleetApp.CALL_INTERVAL.toMillis()), role))
                .start();
    }

    private static void run(TokenStore store, URI server, long runMillis, long intervalMillis, boolean victim,
                            Map<String, Object> report) throws InterruptedException {
        AtomicInteger refreshes = new AtomicInteger();
        // One transport for the calls and the refreshes, as an application without Guice shares it.
        Transport transport = ApacheHttpChatWidgets.transport(TransportSettings.defaults());
        HttpTokenRefresher http = new HttpTokenRefresher(server, transport);
        TokenRefresher refresher = (credentials, refreshToken, userType) -> {
            refreshes.incrementAndGet();
            if (victim) {
                ChildReport.event("refreshing");
                sleepQuietly(Duration.ofSeconds(60)); // holds the lease until the parent SIGKILLs it
            }
            return http.refresh(credentials, refreshToken, userType);
        };
        OAuthTokenProvider tokens = OAuthTokenProvider.builder(refresher, FleetApp.CLIENT, store, Clock.systemUTC())
                .refreshAhead(FleetApp.LEAD)
                .leaseTimeout(FleetApp.LEASE_TIMEOUT)
                .leaseWait(FleetApp.LEASE_WAIT)
                .defaultLocation(FleetApp.LOCATION)
                .build();
        int calls = 0;
        int ok = 0;
        int unauthorized = 0;
        int failed = 0;
        long slowestMillis = 0;
        try (CloseableGateway gateway = new HttpChatWidgetGateway(HttpConfig.builder(tokens).baseUri(server).build(),
                transport)) {
            ChatWidgetService widgets = new ChatWidgetService(gateway);
            ChildReport.event("calling");
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(runMillis);
            while (System.nanoTime() < until) {
                calls++;
                long sent = System.nanoTime();
                var outcome = widgets.list(ListQuery.of(FleetApp.LOCATION));
                slowestMillis = Math.max(slowestMillis, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent));
                if (outcome.isRight()) {
                    ok++;
                } else if (outcome.getLeft() instanceof Unauthorized) {
                    unauthorized++;
                    describe(outcome.getLeft());
                } else {
                    failed++;
                    describe(outcome.getLeft());
                }
                TimeUnit.MILLISECONDS.sleep(intervalMillis);
            }
        }
        report.put("calls", calls);
        report.put("ok", ok);
        report.put("unauthorized", unauthorized);
        report.put("failed", failed);
        report.put("refreshes", refreshes.get());
        report.put("slowest_ms", slowestMillis);
    }

    private static void describe(ChatWidgetError error) {
        // Errors carry no secrets; the parent shows stderr when a child's report disappoints.
        System.err.println("call failed: " + error.getClass().getSimpleName() + ": " + error.message());
    }

    private static void sleepQuietly(Duration duration) {
        try {
            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
