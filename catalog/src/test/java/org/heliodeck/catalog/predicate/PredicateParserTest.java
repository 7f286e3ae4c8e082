package org.heliodeck.catalog.predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.heliodeck.catalog.predicate.Predicate.All;
import org.heliodeck.catalog.predicate.Predicate.Any;
import org.heliodeck.catalog.predicate.Predicate.Comparison;
import org.heliodeck.catalog.predicate.Predicate.Has;
import org.heliodeck.catalog.predicate.Predicate.In;
import org.heliodeck.catalog.predicate.Predicate.Match;
import org.heliodeck.catalog.predicate.Predicate.Not;
import org.heliodeck.catalog.predicate.Predicate.Op;
import org.heliodeck.catalog.predicate.Predicate.Operand;
import org.junit.jupiter.api.Test;

class PredicateParserTest {

    @Test
    void readsTheIssuesExample() {
        Predicate p = PredicateParser.parse("rating >= 7 and \"shock\" in tags and duration > 6 h");

        assertThat(p).isEqualTo(new All(List.of(
                new Comparison(Op.GE, new Operand.Field("rating"), new Operand.Number(7)),
                new In(new Operand.Text("shock"), new Operand.Field("tags")),
                new Comparison(Op.GT, new Operand.Field("duration"), new Operand.Number(6 * 3600)))));
    }

    @Test
    void orBindsLooserThanAndAndParenthesesGroup() {
        assertThat(PredicateParser.parse("a == 1 or b == 2 and not (c < 3.5 or has d)")).isEqualTo(new Any(List.of(
                new Comparison(Op.EQ, new Operand.Attribute("a"), new Operand.Number(1)),
                new All(List.of(new Comparison(Op.EQ, new Operand.Attribute("b"), new Operand.Number(2)),
                        new Not(new Any(List.of(new Comparison(Op.LT, new Operand.Attribute("c"), new Operand.Number(3.5)),
                                new Has(new Operand.Attribute("d"))))))))));
    }

    @Test
    void readsMatchesNotInTimesAndBooleans() {
        assertThat(PredicateParser.parse("author ~ '^Al' and 'mc' not in tags and start >= \"2010-01-01\" and shock == true"))
                .isEqualTo(new All(List.of(new Match(new Operand.Field("author"), "^Al"),
                        new Not(new In(new Operand.Text("mc"), new Operand.Field("tags"))),
                        new Comparison(Op.GE, new Operand.Field("start"), new Operand.Text("2010-01-01")),
                        new Comparison(Op.EQ, new Operand.Attribute("shock"), new Operand.Bool(true)))));
        assertThat(PredicateParser.parse("duration <= 90 min or duration < 1.5e3 s or duration > 2 d"))
                .isEqualTo(new Any(List.of(new Comparison(Op.LE, new Operand.Field("duration"), new Operand.Number(5400)),
                        new Comparison(Op.LT, new Operand.Field("duration"), new Operand.Number(1500)),
                        new Comparison(Op.GT, new Operand.Field("duration"), new Operand.Number(172800)))));
    }

    @Test
    void errorsPointAtTheColumn() {
        assertSyntaxError("rating >= and x", 11, "expected a value, found 'and'");
        assertSyntaxError("rating >= 7 and", 16, "expected a value, found the end");
        assertSyntaxError("rating 7", 8, "expected a comparison (== != < <= > >=), 'in' or 'matches' after 'rating'");
        assertSyntaxError("(rating > 1", 12, "expected ')'");
        assertSyntaxError("tags ~ \"[\"", 8, "not a regular expression");
        assertSyntaxError("author == \"Al", 11, "this string has no closing \"");
        assertSyntaxError("rating > 1 rating", 12, "expected 'and', 'or' or the end, found 'rating'");
        assertSyntaxError("rating # 1", 8, "unexpected character '#'");
    }

    @Test
    void errorMessagesShowTheTextAndACaret() {
        assertThatThrownBy(() -> PredicateParser.parse("rating >= and"))
                .hasMessage("predicate, column 11: expected a value, found 'and'\n  rating >= and\n            ^");
    }

    private static void assertSyntaxError(String text, int column, String problem) {
        assertThatThrownBy(() -> PredicateParser.parse(text))
                .isInstanceOf(PredicateSyntaxException.class)
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(((PredicateSyntaxException) e).column()).as(text).isEqualTo(column));
    }
}
