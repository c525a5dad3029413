package dev.chatwidget.adapter.http.wire;

import dev.chatwidget.core.domain.ChatWidget;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** A whole widget, both ways. */
@Mapper(config = WireMapperConfig.class)
interface WidgetDtoMapper {

    // The domain record's one-argument with...() copies look like fluent setters to MapStruct: not targets.
    @Mapping(target = "withDeleted", ignore = true)
    @Mapping(target = "isDefault", source = "isDefault")
    ChatWidget toDomain(WidgetDto dto);

    @Mapping(target = "isDefault", source = "isDefault")
    WidgetDto toDto(ChatWidget widget);
}
