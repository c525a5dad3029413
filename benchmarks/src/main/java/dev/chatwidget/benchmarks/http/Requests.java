package dev.chatwidget.benchmarks.http;

import dev.chatwidget.benchmarks.fixture.WidgetFixture;

/** The requests under measurement, as the raw baselines build them (same path, query and headers as the adapters). */
final class Requests {

    static final String VERSION_HEADER = "Version";
    static final String VERSION = "2021-07-28";
    static final String AUTHORIZATION = "Bearer " + WidgetFixture.TOKEN;
    static final String ACCEPT = "application/json";
    static final String CONTENT_TYPE = "application/json";
    static final int LIST_LIMIT = WidgetFixture.LIST_SIZE;
    static final String CREATE = "/chat-widget/";

    private Requests() {
    }

    /** Built per call, as any caller must (ids vary); plain concatenation is fine for these safe ids. */
    static String get(String location, String id) {
        return "/chat-widget/data/" + location + "/" + id;
    }

    static String list(String location, int offset, int limit) {
        return "/chat-widget/list?locationId=" + location + "&offset=" + offset + "&limit=" + limit;
    }
}
