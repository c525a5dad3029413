package dev.chatwidget.benchmarks.http;

import dev.chatwidget.benchmarks.fixture.WidgetFixture;

/** The two requests under measurement, as the raw baselines build them (same path, query and headers). */
final class Requests {

    static final String VERSION_HEADER = "Version";
    static final String VERSION = "2021-07-28";
    static final String AUTHORIZATION = "Bearer " + WidgetFixture.TOKEN;
    static final String ACCEPT = "application/json";
    static final int LIST_LIMIT = WidgetFixture.LIST_SIZE;

    private Requests() {
    }

    /** Built per call, as any caller must (ids vary); plain concatenation is fine for these safe ids. */
    static String get(String base, String location, String id) {
        return base + "/chat-widget/data/" + location + "/" + id;
    }

    static String list(String base, String location, int offset, int limit) {
        return base + "/chat-widget/list?locationId=" + location + "&offset=" + offset + "&limit=" + limit;
    }
}
