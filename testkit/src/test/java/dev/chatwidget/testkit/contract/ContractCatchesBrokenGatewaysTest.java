package dev.chatwidget.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatwidget.adapter.inmemory.AccessPolicy;
import dev.chatwidget.adapter.inmemory.InMemoryFake;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract has teeth: for each plausible adapter bug, the contract test named for the rule it breaks fails,
 * while the same test passes on the correct in-memory gateway. And every test cleans up after itself.
 */
class ContractCatchesBrokenGatewaysTest {

    static Stream<Arguments> bugs() {
        return Stream.of(
                bug("list ignores offset", BrokenGateways::listIgnoresOffset,
                        "offset_past_the_end_gives_no_items_and_the_right_total_count"),
                bug("totalCount counts one page", BrokenGateways::totalCountIsPageSize,
                        "total_count_ignores_offset_and_limit"),
                bug("list newest first", BrokenGateways::listNewestFirst,
                        "list_returns_live_widgets_ordered_by_created_at_then_id"),
                bug("webChat means emailChat only", BrokenGateways::webChatMeansEmailChatOnly,
                        "web_chat_filter_means_facebook_email_instagram_and_wa_chat"),
                bug("voiceAiAgentId ignored", BrokenGateways::voiceAiAgentIdIgnored,
                        "voice_ai_agent_id_filter_matches_settings_advance_settings_voice_ai_agent_id"),
                bug("get drops unknown settings", BrokenGateways::getDropsUnknownSettings,
                        "unknown_settings_keys_at_any_depth_survive_create_get_replace_and_patch"),
                bug("patch replaces settings", BrokenGateways::patchReplacesSettings,
                        "patch_merges_settings_as_a_json_merge_patch"),
                bug("unknown chatType read as liveChat", BrokenGateways::unknownChatTypeReadAsLiveChat,
                        "unknown_chat_types_read_back_fine"),
                bug("clone forgets its origin", BrokenGateways::cloneForgetsItsOrigin,
                        "clone_copies_type_version_and_settings_and_sets_origin_id"),
                bug("bad versions repaired instead of refused", BrokenGateways::repairsBadVersions,
                        "create_with_a_version_that_is_not_positive_is_refused"),
                bug("every widget claims default", BrokenGateways::everyWidgetClaimsDefault,
                        "create_with_default_true_demotes_the_previous_default"),
                bug("deleted widgets still readable", BrokenGateways::deletedWidgetsStillReadable,
                        "deleted_widget_answers_404_to_get_replace_patch_delete_and_clone"),
                bug("403 reported as 404", BrokenGateways::forbiddenReportedAsNotFound,
                        "every_operation_on_a_location_without_access_is_forbidden"));
    }

    private static Arguments bug(String name, UnaryOperator<ChatWidgetGateway> breakage, String contractTest) {
        return Arguments.of(name, breakage, contractTest);
    }

    @ParameterizedTest(name = "{0} fails {2}")
    @MethodSource("bugs")
    void contract_test_fails_on_a_gateway_with_the_bug_and_passes_without_it(
            String name, UnaryOperator<ChatWidgetGateway> breakage, String contractTest) throws Throwable {
        Method test = ChatWidgetGatewayContract.class.getMethod(contractTest);

        run(test, new Run(UnaryOperator.identity()));
        assertThatThrownBy(() -> run(test, new Run(breakage)))
                .as("%s on a gateway where %s", contractTest, name)
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void every_contract_test_deletes_the_widgets_it_made() throws Throwable {
        int checked = 0;
        for (Method test : ChatWidgetGatewayContract.class.getMethods()) {
            if (!test.isAnnotationPresent(Test.class)) {
                continue;
            }
            Run run = new Run(UnaryOperator.identity());
            run(test, run);
            assertThat(run.fake.liveWidgets(run.location)).as("live widgets left behind by %s", test.getName())
                    .isEmpty();
            checked++;
        }
        assertThat(checked).as("contract tests checked").isGreaterThanOrEqualTo(40);
    }

    private static void run(Method test, Run run) throws Throwable {
        try {
            test.invoke(run);
            run.location = run.scenario().location();
        } catch (InvocationTargetException e) {
            throw e.getCause();
        } finally {
            try {
                run.deleteWidgetsCreatedByThisTest();
            } catch (AssertionError ignored) {
                // a broken gateway may also break cleanup; the fake is thrown away anyway
            }
        }
    }

    /** The contract on an in-memory fake, optionally broken. */
    static final class Run implements ChatWidgetGatewayContract {
        final InMemoryFake fake = InMemoryFake.create();
        final ChatWidgetGateway gateway;
        LocationId location;

        Run(UnaryOperator<ChatWidgetGateway> breakage) {
            this.gateway = breakage.apply(fake.gateway());
        }

        @Override
        public ChatWidgetGateway gateway() {
            return gateway;
        }

        @Override
        public Set<GatewayCapability> capabilities() {
            return GatewayCapability.all();
        }

        @Override
        public Seeder seeder() {
            return fake::seed;
        }

        @Override
        public Inspector inspector() {
            return fake::stored;
        }

        @Override
        public LocationId forbiddenLocation() {
            LocationId denied = ContractIds.randomLocation();
            fake.accessPolicy(AccessPolicy.allExcept(Set.of(denied)));
            return denied;
        }
    }
}
