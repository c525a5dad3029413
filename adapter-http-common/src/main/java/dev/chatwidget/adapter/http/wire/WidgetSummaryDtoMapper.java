package dev.chatwidget.adapter.http.wire;

import dev.chatwidget.core.domain.WidgetSummary;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** List items, both ways (pages are put together by {@link WireCodec}, which knows when totalCount is absent). */
@Mapper(config = WireMapperConfig.class)
interface WidgetSummaryDtoMapper {

    @Mapping(target = "isDefault", source = "isDefault")
    WidgetSummary toDomain(ListItemDto dto);

    @Mapping(target = "isDefault", source = "isDefault")
    ListItemDto toDto(WidgetSummary summary);

    List<WidgetSummary> toDomain(List<ListItemDto> dtos);

    List<ListItemDto> toDto(List<WidgetSummary> summaries);
}
