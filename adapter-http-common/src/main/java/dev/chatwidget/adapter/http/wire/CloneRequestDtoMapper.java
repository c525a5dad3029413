package dev.chatwidget.adapter.http.wire;

import dev.chatwidget.core.domain.CloneRequest;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** The clone body, both ways. */
@Mapper(config = WireMapperConfig.class)
interface CloneRequestDtoMapper {

    @Mapping(target = "chatWidgetId", source = "sourceId")
    CloneBodyDto toDto(CloneRequest request);

    // The domain record's one-argument with...() copies look like fluent setters to MapStruct: not targets.
    @Mapping(target = "withName", ignore = true)
    @Mapping(target = "sourceId", source = "chatWidgetId")
    CloneRequest toDomain(CloneBodyDto dto);
}
