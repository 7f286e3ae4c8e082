package org.heliodeck.catalog.predicate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The rule of a dynamic catalog, as tscat's predicate tree: comparisons, regular-expression matches,
 * membership and presence tests over an event's fields and attributes, lists of uuids, the events of
 * another catalog (or of none), combined with not, all and any.
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

    /**
     * Whether the event's uuid is one of these: tscat's {@code UUID}, which names one event (several
     * are an {@code Any} of them in tscat's JSON).
     */
    record Uuids(List<UUID> uuids) implements Predicate {
        public Uuids {
            if (uuids.isEmpty()) {
                throw new IllegalArgumentException("a list of uuids needs at least one uuid");
            }
            uuids = List.copyOf(uuids);
        }
    }

    /**
     * Whether the event is one of a catalog's events (assigned to it, or for a dynamic catalog
     * matching its rule): tscat's {@code InCatalogue}. Without a catalog: whether the event is
     * assigned to no catalog at all, as tscat's {@code InCatalogue(None)}.
     */
    record InCatalog(Optional<UUID> catalog) implements Predicate {}

    /** The catalogs a predicate refers to ({@link InCatalog}), in the order met. */
    static Set<UUID> referredCatalogs(Predicate predicate) {
        Set<UUID> found = new LinkedHashSet<>();
        collectCatalogs(predicate, found);
        return found;
    }

    /** Whether the predicate asks for the events assigned to no catalog. */
    static boolean refersToNoCatalog(Predicate predicate) {
        return switch (predicate) {
            case InCatalog in -> in.catalog().isEmpty();
            case Not n -> refersToNoCatalog(n.operand());
            case All a -> a.predicates().stream().anyMatch(Predicate::refersToNoCatalog);
            case Any a -> a.predicates().stream().anyMatch(Predicate::refersToNoCatalog);
            default -> false;
        };
    }

    private static void collectCatalogs(Predicate predicate, Set<UUID> found) {
        switch (predicate) {
            case InCatalog in -> in.catalog().ifPresent(found::add);
            case Not n -> collectCatalogs(n.operand(), found);
            case All a -> a.predicates().forEach(p -> collectCatalogs(p, found));
            case Any a -> a.predicates().forEach(p -> collectCatalogs(p, found));
            default -> {
                // Comparisons, matches and tests read the event alone.
            }
        }
    }

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
