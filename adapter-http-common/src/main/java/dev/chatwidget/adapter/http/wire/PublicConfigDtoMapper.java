package dev.chatwidget.adapter.http.wire;

import dev.chatwidget.core.domain.PublicConfig;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** The public config, both ways; the envelope {@code {"config": ...}} included. */
@Mapper(config = WireMapperConfig.class)
interface PublicConfigDtoMapper {

    PublicConfig toDomain(PublicConfigDto dto);

    PublicConfigDto toDto(PublicConfig config);

    @Mapping(target = "config", source = ".")
    PublicConfigResponseDto toResponse(PublicConfig config);
}
