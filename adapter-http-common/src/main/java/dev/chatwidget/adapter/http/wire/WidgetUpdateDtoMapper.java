package dev.chatwidget.adapter.http.wire;

import dev.chatwidget.core.domain.WidgetUpdate;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** The replace and patch body, both ways: {@code Optional.empty()} is an absent field. */
@Mapper(config = WireMapperConfig.class)
interface WidgetUpdateDtoMapper {

    @Mapping(target = "isDefault", source = "isDefault")
    UpdateBodyDto toDto(WidgetUpdate update);

    // The domain record's one-argument with...() copies look like fluent setters to MapStruct: not targets.
    @Mapping(target = "withVersion", ignore = true)
    @Mapping(target = "withChatType", ignore = true)
    @Mapping(target = "withName", ignore = true)
    @Mapping(target = "withDefault", ignore = true)
    @Mapping(target = "withSettings", ignore = true)
    @Mapping(target = "isDefault", source = "isDefault")
    WidgetUpdate toDomain(UpdateBodyDto dto);
}
