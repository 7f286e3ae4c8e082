package org.heliodeck.catalog.predicate;

import java.util.List;
import java.util.Set;

/**
 * The rule of a dynamic catalog, as tscat's predicate tree: comparisons, regular-expression matches,
 * membership and presence tests over an event's fields and attributes, combined with not, all and any.
 * {@link PredicateParser} reads it from text such as {@code rating >= 7 and "shock" in tags}, and
 * {@link PredicateJson} from and to tscat's JSON; {@link PredicateEvaluator} tests events against it.
 */
public sealed interface Predicate {

    /** The comparison operators, as both the text and tscat's JSON write them. */
    enum Op {
        EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public static Op ofSymbol(String symbol) {
            for (Op op : values()) {
                if (op.symbol.equals(symbol)) {
                    return op;
                }
            }
            throw new IllegalArgumentException("'" + symbol + "' is not a comparison operator (== != < <= > >=)");
        }
    }

    record Comparison(Op op, Operand lhs, Operand rhs) implements Predicate {}

    /** Whether the text of {@code operand} (or of one of its items) contains a match of {@code regex}. */
    record Match(Operand operand, String regex) implements Predicate {
        public Match {
            java.util.regex.Pattern.compile(regex);
        }
    }

    record Not(Predicate operand) implements Predicate {}

    /** Whether the event has the attribute (or, for a field that may be empty such as the rating, a value). */
    record Has(Operand operand) implements Predicate {
        public Has {
            if (operand instanceof Operand.Literal) {
                throw new IllegalArgumentException("'has' takes a field or an attribute, not a value");
            }
        }
    }

    record All(List<Predicate> predicates) implements Predicate {
        public All {
            predicates = List.copyOf(predicates);
        }
    }

    record Any(List<Predicate> predicates) implements Predicate {
        public Any {
            predicates = List.copyOf(predicates);
        }
    }

    /** Whether {@code needle} is an item of the list {@code haystack} (tags, products, a list attribute). */
    record In(Operand needle, Operand haystack) implements Predicate {}

    /** What a predicate reads of an event: a fixed field, a custom attribute, or a constant. */
    sealed interface Operand {

        /**
         * tscat's fixed fields, plus {@code duration} (stop − start in seconds), a Heliodeck addition
         * that tscat's own evaluation does not know.
         */
        Set<String> FIELDS = Set.of("uuid", "start", "stop", "author", "tags", "products", "rating", "duration");

        record Field(String name) implements Operand {
            public Field {
                if (!FIELDS.contains(name)) {
                    throw new IllegalArgumentException("'" + name + "' is not a field (" + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
                }
            }
        }

        record Attribute(String name) implements Operand {}

        sealed interface Literal extends Operand {}

        record Text(String value) implements Literal {}

        /** A number; durations are written in seconds. */
        record Number(double value) implements Literal {
            /** Whether it is written without a fraction (as Python writes a rating or a count); −0 is not. */
            public boolean whole() {
                return value == Math.rint(value) && Math.abs(value) < 1e15 && Double.doubleToRawLongBits(value) != Long.MIN_VALUE;
            }
        }

        record Bool(boolean value) implements Literal {}

        /** The field of that name, else the attribute. */
        static Operand named(String name) {
            return FIELDS.contains(name) ? new Field(name) : new Attribute(name);
        }
    }
}
