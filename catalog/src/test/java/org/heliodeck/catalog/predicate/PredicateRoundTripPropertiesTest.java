package org.heliodeck.catalog.predicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.heliodeck.catalog.predicate.Predicate.Op;
import org.heliodeck.catalog.predicate.Predicate.Operand;

/** Whatever the predicate, its text and its JSON read back as the same predicate. */
class PredicateRoundTripPropertiesTest {

    @Property(tries = 300)
    void textReadsBackTheSame(@ForAll("predicates") Predicate p) {
        assertThat(PredicateParser.parse(PredicateText.write(p))).isEqualTo(p);
    }

    @Property(tries = 300)
    void jsonReadsBackTheSame(@ForAll("predicates") Predicate p) {
        assertThat(PredicateJson.read(PredicateJson.write(p))).isEqualTo(p);
    }

    @Provide
    Arbitrary<Predicate> predicates() {
        return predicate(3);
    }

    private static Arbitrary<Predicate> predicate(int depth) {
        Arbitrary<Predicate> leaf = Arbitraries.oneOf(
                Arbitraries.of(Op.values()).flatMap(op -> operand().flatMap(l -> operand().map(r -> new Predicate.Comparison(op, l, r)))),
                operand().flatMap(l -> operand().map(r -> new Predicate.In(l, r))),
                operand().flatMap(o -> Arbitraries.of("^A", "shock|mc", "[0-9]+", "a'b").map(re -> new Predicate.Match(o, re))),
                name().map(n -> new Predicate.Has(Operand.named(n))));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Predicate> inner = predicate(depth - 1);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, leaf),
                net.jqwik.api.Tuple.of(1, inner.map(Predicate.Not::new)),
                net.jqwik.api.Tuple.of(1, inner.list().ofMinSize(2).ofMaxSize(3).map(l -> (Predicate) new Predicate.All(List.copyOf(l)))),
                net.jqwik.api.Tuple.of(1, inner.list().ofMinSize(2).ofMaxSize(3).map(l -> (Predicate) new Predicate.Any(List.copyOf(l)))));
    }

    private static Arbitrary<Operand> operand() {
        return Arbitraries.oneOf(
                name().map(Operand::named),
                Arbitraries.strings().withChars("abc XYZ019-:'").ofMaxLength(8).map(Operand.Text::new),
                Arbitraries.doubles().between(-1e6, 1e6).map(Operand.Number::new),
                Arbitraries.integers().between(-100, 100).map(i -> new Operand.Number(i)),
                Arbitraries.of(true, false).map(Operand.Bool::new));
    }

    private static Arbitrary<String> name() {
        return Arbitraries.of("rating", "tags", "start", "duration", "author", "bmax", "origin", "shock", "x_1");
    }
}
