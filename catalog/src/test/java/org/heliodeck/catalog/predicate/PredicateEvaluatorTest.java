package org.heliodeck.catalog.predicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.heliodeck.catalog.Event;
import org.heliodeck.catalog.Samples;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.formats.catalog.AttributeValue;
import org.junit.jupiter.api.Test;

class PredicateEvaluatorTest {

    private final Event longShock = Samples.event("2010-04-05T12:00Z", "2010-04-06T14:30Z", List.of("shock", "mc"), 8,
            Map.of("bmax", AttributeValue.real(21.5), "count", AttributeValue.integer(3), "note", AttributeValue.text("clear flux rope"),
                    "sheath", AttributeValue.time(Tt2000.parse("2010-04-05T08:26Z")), "clear", AttributeValue.bool(true),
                    "ranks", AttributeValue.list(List.of(AttributeValue.integer(1), AttributeValue.text("x")))));
    private final Event shortShock = Samples.event("2010-05-28T01:55Z", "2010-05-28T05:55Z", List.of("shock"), 9, Map.of());
    private final Event unrated = Samples.event("2011-01-01T00:00Z", "2011-01-02T00:00Z", List.of("shock"), 0, Map.of());

    @Test
    void theIssuesExampleSelectsLongWellRatedShocks() {
        assertThat(select("rating >= 7 and \"shock\" in tags and duration > 6 h")).containsExactly(longShock);
    }

    @Test
    void comparesEachKindOfValue() {
        assertThat(select("bmax > 20")).containsExactly(longShock);
        assertThat(select("count == 3")).containsExactly(longShock);
        assertThat(select("clear == true")).containsExactly(longShock);
        assertThat(select("note ~ 'flux'")).containsExactly(longShock);
        assertThat(select("sheath < '2010-04-05T09:00Z'")).containsExactly(longShock);
        assertThat(select("start >= \"2010-05-01\" and stop < \"2011-01-01T12:00\"")).containsExactly(shortShock);
        assertThat(select("'x' in ranks")).containsExactly(longShock);
        assertThat(select("'mc' not in tags")).containsExactly(shortShock, unrated);
        assertThat(select("author == 'Alexis' and 'wi_h0_mfi' in products")).containsExactly(longShock, shortShock, unrated);
    }

    @Test
    void missingValuesMakeComparisonsFalse() {
        assertThat(select("rating < 100")).containsExactly(longShock, shortShock);
        assertThat(select("not has rating")).containsExactly(unrated);
        assertThat(select("bmax != 1")).containsExactly(longShock);
        assertThat(select("note > 3")).isEmpty();
    }

    private List<Event> select(String predicate) {
        PredicateEvaluator evaluator = new PredicateEvaluator(PredicateParser.parse(predicate));
        return List.of(longShock, shortShock, unrated).stream().filter(evaluator).toList();
    }
}
