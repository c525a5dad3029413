package dev.chatwidget.adapter.http.wire;

import dev.chatwidget.core.domain.NewWidget;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** The create body, both ways. */
@Mapper(config = WireMapperConfig.class)
interface NewWidgetDtoMapper {

    @Mapping(target = "isDefault", source = "isDefault")
    CreateBodyDto toDto(NewWidget widget);

    // The domain record's one-argument with...() copies look like fluent setters to MapStruct: not targets.
    @Mapping(target = "withVersion", ignore = true)
    @Mapping(target = "withDefault", ignore = true)
    @Mapping(target = "withDeleted", ignore = true)
    @Mapping(target = "withSettings", ignore = true)
    @Mapping(target = "isDefault", source = "isDefault")
    NewWidget toDomain(CreateBodyDto dto);
}
