package dev.chatwidget.adapter.http.wire;

import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.WidgetSummary;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** List items and list pages, both ways. */
@Mapper(config = WireMapperConfig.class)
interface WidgetSummaryDtoMapper {

    @Mapping(target = "isDefault", source = "isDefault")
    WidgetSummary toDomain(ListItemDto dto);

    @Mapping(target = "isDefault", source = "isDefault")
    ListItemDto toDto(WidgetSummary summary);

    List<WidgetSummary> toDomain(List<ListItemDto> dtos);

    List<ListItemDto> toDto(List<WidgetSummary> summaries);

    @Mapping(target = "items", source = "dto.chatWidgets")
    @Mapping(target = "totalCount", source = "dto.totalCount")
    @Mapping(target = "query", source = "query")
    Page<WidgetSummary> toDomain(ListResponseDto dto, ListQuery query);

    @Mapping(target = "chatWidgets", source = "items")
    @Mapping(target = "totalCount", source = "totalCount")
    ListResponseDto toDto(Page<WidgetSummary> page);
}
