package dev.chatwidget.core.domain.json;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generators of arbitrary JSON values for property tests: any string, numbers of any scale, nesting. */
public final class JsonArbitraries {

    private JsonArbitraries() {
    }

    public static Arbitrary<JsonValue> values(int depth) {
        Arbitrary<JsonValue> leaf = Arbitraries.oneOf(
                Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(6).withoutEdgeCases(),
                        Arbitraries.of("", "\"\\\n\u0000\u001f", "é😀\u2028")).map(JsonString::new),
                Arbitraries.oneOf(Combinators.combine(Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L),
                        Arbitraries.integers().between(-4, 6)).as(BigDecimal::valueOf).withoutEdgeCases(),
                        Arbitraries.of("0", "1.50", "1E+3", "-0.000120").map(BigDecimal::new)).map(JsonNumber::new),
                Arbitraries.of(JsonBoolean.TRUE, JsonBoolean.FALSE, JsonNull.INSTANCE));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<JsonValue> child = values(depth - 1);
        return Arbitraries.frequencyOf(
                Tuple.of(3, leaf),
                Tuple.of(1, child.list().ofMaxSize(3).map(JsonArray::new).withoutEdgeCases()),
                Tuple.of(2, objects(child).withoutEdgeCases()));
    }

    public static Arbitrary<JsonValue> objects(Arbitrary<JsonValue> members) {
        return Arbitraries.maps(Arbitraries.strings().withCharRange('a', 'd').ofMaxLength(2), members)
                .ofMaxSize(4).map(JsonObject::new);
    }
}
