package dev.chatwidget.adapter.http.wire;

import org.mapstruct.InjectionStrategy;
import org.mapstruct.MapperConfig;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/** The one mapping configuration of the wire: every target field mapped, conversions from {@link WireConversions}. */
@MapperConfig(
        componentModel = MappingConstants.ComponentModel.JAKARTA,
        injectionStrategy = InjectionStrategy.CONSTRUCTOR,
        unmappedTargetPolicy = ReportingPolicy.ERROR,
        uses = WireConversions.class)
interface WireMapperConfig {
}
