package dev.chatwidget.core.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatwidget.core.call.WidgetRequest.CloneWidget;
import dev.chatwidget.core.call.WidgetRequest.CreateWidget;
import dev.chatwidget.core.call.WidgetRequest.DeleteWidget;
import dev.chatwidget.core.call.WidgetRequest.GetPublicConfig;
import dev.chatwidget.core.call.WidgetRequest.GetWidget;
import dev.chatwidget.core.call.WidgetRequest.ListWidgets;
import dev.chatwidget.core.call.WidgetRequest.PatchWidget;
import dev.chatwidget.core.call.WidgetRequest.ReplaceWidget;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.CloneRequest;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetUpdate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Each of the eight requests names its operation and the location it concerns. */
class WidgetRequestTest {

    private static final LocationId LOCATION = LocationId.of("loc");
    private static final WidgetId ID = WidgetId.of("w1");

    @Test
    void every_operation_has_one_request_which_names_it_and_its_location() {
        List<WidgetRequest<?>> requests = List.of(new ListWidgets(ListQuery.of(LOCATION)),
                new GetWidget(LOCATION, ID), new ReplaceWidget(LOCATION, ID, WidgetUpdate.none()),
                new PatchWidget(LOCATION, ID, WidgetUpdate.none()), new GetPublicConfig(ID, OptionalInt.of(2)),
                new DeleteWidget(LOCATION, ID), new CloneWidget(CloneRequest.of(LOCATION, ID)),
                new CreateWidget(NewWidget.of(LOCATION, ChatType.LIVE_CHAT, "Support")));

        assertThat(requests).extracting(WidgetRequest::operation).containsExactly(Operation.values());
        assertThat(requests).filteredOn(r -> r.operation() != Operation.PUBLIC_CONFIG)
                .extracting(WidgetRequest::location).containsOnly(Optional.of(LOCATION));
        assertThat(new GetPublicConfig(ID, OptionalInt.empty()).location()).isEmpty();
    }

    @Test
    void a_request_without_its_input_is_rejected_naming_it() {
        assertThatThrownBy(() -> new ListWidgets(null)).hasMessageContaining("query");
        assertThatThrownBy(() -> new GetWidget(null, ID)).hasMessageContaining("locationId");
        assertThatThrownBy(() -> new GetWidget(LOCATION, null)).hasMessageContaining("id");
        assertThatThrownBy(() -> new ReplaceWidget(LOCATION, ID, null)).hasMessageContaining("update");
        assertThatThrownBy(() -> new PatchWidget(null, ID, WidgetUpdate.none())).hasMessageContaining("locationId");
        assertThatThrownBy(() -> new GetPublicConfig(ID, null)).hasMessageContaining("version");
        assertThatThrownBy(() -> new DeleteWidget(LOCATION, null)).hasMessageContaining("id");
        assertThatThrownBy(() -> new CloneWidget(null)).hasMessageContaining("request");
        assertThatThrownBy(() -> new CreateWidget(null)).hasMessageContaining("widget");
    }
}
