package dev.chatwidget.adapter.http.wire;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Error bodies, both ways: {@code message} as a string or a list. */
@Mapper(config = WireMapperConfig.class)
interface ErrorBodyDtoMapper {

    @Mapping(target = "messages", source = "message")
    ErrorBody toDomain(ErrorDto dto);

    @Mapping(target = "message", source = ".")
    ErrorDto toDto(ErrorBody body);
}
