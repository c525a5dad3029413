package dev.chatwidget.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.adapter.http.Endpoint;
import org.junit.jupiter.api.Test;

/** The fake server routes by the adapters' own route table, so the two cannot drift apart. */
class RouterTest {

    private final Router router = new Router();

    @Test
    void every_endpoint_of_the_route_table_resolves_to_itself_with_its_parameters() {
        for (Endpoint endpoint : Endpoint.values()) {
            String path = endpoint.pathTemplate().replace("{locationId}", "loc-1").replace("{id}", "w-1");

            Router.Resolution resolved = router.resolve(endpoint.method(), path);

            assertThat(resolved).as(endpoint.name()).isInstanceOfSatisfying(Router.Matched.class, matched -> {
                assertThat(matched.route()).isEqualTo(endpoint);
                if (endpoint.pathTemplate().contains("{id}")) {
                    assertThat(matched.param("id")).isEqualTo("w-1");
                }
            });
        }
    }

    @Test
    void a_path_of_the_table_with_another_method_lists_the_methods_the_table_allows() {
        Router.Resolution resolved = router.resolve("POST", "/chat-widget/data/loc-1/w-1");

        assertThat(resolved).isInstanceOfSatisfying(Router.MethodNotAllowed.class,
                notAllowed -> assertThat(notAllowed.allowed()).containsExactly("GET", "PATCH", "PUT"));
    }
}
