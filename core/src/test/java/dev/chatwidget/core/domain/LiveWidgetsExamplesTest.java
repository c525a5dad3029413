package dev.chatwidget.core.domain;

import static dev.chatwidget.core.domain.LiveWidgetsPropertiesTest.assertListsLikeNaiveFilter;

import dev.chatwidget.core.domain.LiveWidgetsPropertiesTest.Edit;
import dev.chatwidget.core.domain.LiveWidgetsPropertiesTest.Query;
import dev.chatwidget.core.domain.LiveWidgetsPropertiesTest.Seed;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The indexed list against the naive filter and sort, on a few fixed seeded locations and many queries each: the
 * quick, repeatable sibling of {@link LiveWidgetsPropertiesTest} (which the mutation run leaves out for its length).
 */
class LiveWidgetsExamplesTest {

    @ParameterizedTest(name = "location seeded {0}")
    @ValueSource(longs = {1, 2, 3})
    void every_query_on_a_seeded_location_lists_like_the_naive_filter(long seed) {
        Random random = new Random(seed);
        List<Seed> seeds = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            seeds.add(new Seed(random.nextInt(50), random.nextInt(9), random.nextInt(16), random.nextInt(3),
                    random.nextInt(5), random.nextInt(10) == 0, random.nextInt(4)));
        }
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            edits.add(new Edit(random.nextInt(50), random.nextInt(5)));
        }
        Set<WidgetId> ids = new LinkedHashSet<>();
        LocationWidgets state = LiveWidgetsPropertiesTest.build(seeds, edits, ids);

        for (int i = 0; i < 150; i++) {
            // Each filter is left out half the time, so single-filter queries (served by an index alone) come up.
            Query q = new Query(orNone(random, 10), orNone(random, 9), random.nextBoolean(), orNone(random, 4),
                    random.nextInt(4) == 0 ? 0 : random.nextInt(45), 1 + random.nextInt(20), orNone(random, 6));
            assertListsLikeNaiveFilter(state, ids, LiveWidgetsPropertiesTest.query(q));
        }
    }

    /** {@code none} (the code for "no such filter") half the time, else one of the {@code none} filter values. */
    private static int orNone(Random random, int none) {
        return random.nextBoolean() ? none : random.nextInt(none);
    }
}
