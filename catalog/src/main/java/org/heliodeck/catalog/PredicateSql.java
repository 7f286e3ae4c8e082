package org.heliodeck.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.heliodeck.catalog.predicate.Predicate;
import org.heliodeck.catalog.predicate.Predicate.All;
import org.heliodeck.catalog.predicate.Predicate.Any;
import org.heliodeck.catalog.predicate.Predicate.Comparison;
import org.heliodeck.catalog.predicate.Predicate.Has;
import org.heliodeck.catalog.predicate.Predicate.In;
import org.heliodeck.catalog.predicate.Predicate.Not;
import org.heliodeck.catalog.predicate.Predicate.Op;
import org.heliodeck.catalog.predicate.Predicate.Operand;
import org.heliodeck.catalog.predicate.Predicate.Uuids;
import org.heliodeck.catalog.predicate.PredicateEvaluator;
import org.heliodeck.core.time.Tt2000;

/**
 * The part of a rule that SQL can test on the events table, so that listing a dynamic catalog reads
 * the rows that may match instead of the whole store: comparisons of the rating, start, stop and
 * duration with numbers and times, of the author and uuid for equality, uuid lists, and a text among
 * the tags or products. A compiled condition selects exactly the events {@link PredicateEvaluator}
 * selects, NULLs included (each one is true or false, never NULL, so that NOT keeps its meaning); the
 * rest of the rule (attributes, matches, catalogs) is left to the evaluator, run on the rows read.
 *
 * @param where an SQL condition over the columns of {@code events}
 * @param parameters its parameters, in order
 */
record PredicateSql(String where, List<Object> parameters) {

    /** More uuids than this make no condition: SQLite limits a statement's parameters. */
    private static final int MOST_UUIDS = 500;

    PredicateSql {
        parameters = List.copyOf(parameters);
    }

    /**
     * A condition every event the rule selects meets: the rule itself where it compiles whole,
     * else the compiled terms of its top-level {@code and}; empty when no term compiles.
     */
    static Optional<PredicateSql> necessary(Predicate rule) {
        Optional<PredicateSql> exact = exact(rule);
        if (exact.isPresent() || !(rule instanceof All all)) {
            return exact;
        }
        List<PredicateSql> terms = all.predicates().stream().map(PredicateSql::necessary).flatMap(Optional::stream).toList();
        return terms.isEmpty() ? Optional.empty() : Optional.of(joined(terms, " AND "));
    }

    /** The condition selecting exactly the events the predicate selects; empty when it does not compile. */
    static Optional<PredicateSql> exact(Predicate p) {
        return switch (p) {
            case All a -> all(a.predicates()).map(terms -> joined(terms, " AND "));
            case Any a -> all(a.predicates()).map(terms -> joined(terms, " OR "));
            case Not n -> exact(n.operand()).map(q -> new PredicateSql("NOT (" + q.where() + ")", q.parameters()));
            case Comparison c -> comparison(c);
            case Uuids u -> u.uuids().size() > MOST_UUIDS ? Optional.empty() : Optional.of(new PredicateSql(
                    "uuid IN (" + String.join(", ", u.uuids().stream().map(x -> "?").toList()) + ")",
                    u.uuids().stream().map(x -> (Object) x.toString()).toList()));
            case Has h when h.operand() instanceof Operand.Field f -> Optional.of(new PredicateSql(
                    f.name().equals("rating") ? "(rating IS NOT NULL)" : "1", List.of()));
            case In in when in.needle() instanceof Operand.Text t && in.haystack() instanceof Operand.Field f
                    && (f.name().equals("tags") || f.name().equals("products")) -> Optional.of(new PredicateSql(
                            "EXISTS (SELECT 1 FROM json_each(" + f.name() + ") WHERE value = ?)", List.of(t.value())));
            default -> Optional.empty();
        };
    }

    private static Optional<List<PredicateSql>> all(List<Predicate> predicates) {
        List<PredicateSql> terms = new ArrayList<>();
        for (Predicate p : predicates) {
            Optional<PredicateSql> term = exact(p);
            if (term.isEmpty()) {
                return Optional.empty();
            }
            terms.add(term.get());
        }
        return Optional.of(terms);
    }

    private static PredicateSql joined(List<PredicateSql> terms, String operator) {
        List<Object> parameters = new ArrayList<>();
        terms.forEach(t -> parameters.addAll(t.parameters()));
        return new PredicateSql("(" + String.join(operator, terms.stream().map(PredicateSql::where).toList()) + ")", parameters);
    }

    /** A field compared with a constant, either way round. */
    private static Optional<PredicateSql> comparison(Comparison c) {
        if (c.lhs() instanceof Operand.Field f && c.rhs() instanceof Operand.Literal value) {
            return field(f.name(), c.op(), value);
        }
        if (c.rhs() instanceof Operand.Field f && c.lhs() instanceof Operand.Literal value) {
            return field(f.name(), swapped(c.op()), value);
        }
        return Optional.empty();
    }

    private static Optional<PredicateSql> field(String name, Op op, Operand.Literal value) {
        String sql = " " + op.symbol().replace("==", "=") + " ?";
        return switch (name) {
            case "rating", "duration" -> value instanceof Operand.Number n && ordinary(n.value()) ? number(name, sql, n.value()) : Optional.empty();
            case "start", "stop" -> time(value).map(t -> new PredicateSql("(" + name + sql + ")", List.of(t)));
            // Java and SQLite order texts differently beyond ASCII: only equality compiles.
            case "author", "uuid" -> value instanceof Operand.Text t && (op == Op.EQ || op == Op.NE)
                    ? Optional.of(new PredicateSql("(" + name + sql + ")", List.of(t.value()))) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static Optional<PredicateSql> number(String name, String sql, double value) {
        // An event without a rating fails every comparison, != included.
        return Optional.of(name.equals("rating") ? new PredicateSql("(rating IS NOT NULL AND rating" + sql + ")", List.of(value))
                : new PredicateSql("((stop - start) / 1e9" + sql + ")", List.of(value)));
    }

    /** Not NaN or −0, which Java's Double.compare orders unlike SQL. */
    private static boolean ordinary(double value) {
        return !Double.isNaN(value) && Double.doubleToRawLongBits(value) != Long.MIN_VALUE;
    }

    /** A text read as a time, as the evaluator reads it against a time. */
    private static Optional<Long> time(Operand.Literal value) {
        if (!(value instanceof Operand.Text t)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Tt2000.parse(t.value()));
        } catch (IllegalArgumentException notATime) {
            return Optional.empty();
        }
    }

    private static Op swapped(Op op) {
        return switch (op) {
            case LT -> Op.GT;
            case LE -> Op.GE;
            case GT -> Op.LT;
            case GE -> Op.LE;
            default -> op;
        };
    }
}
