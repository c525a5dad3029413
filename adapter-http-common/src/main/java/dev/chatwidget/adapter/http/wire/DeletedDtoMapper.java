package dev.chatwidget.adapter.http.wire;

import dev.chatwidget.core.domain.Deleted;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * The delete response, both ways. The body's content is undocumented, so the domain value comes from the call
 * (location and id), never from the body.
 */
@Mapper(config = WireMapperConfig.class)
interface DeletedDtoMapper {

    @Mapping(target = "success", constant = "true")
    DeleteResponseDto toDto(Deleted deleted);

    @Mapping(target = "locationId", source = "locationId")
    @Mapping(target = "id", source = "id")
    Deleted toDomain(LocationId locationId, WidgetId id);
}
