package org.heliodeck.catalog.predicate;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.heliodeck.catalog.predicate.Predicate.All;
import org.heliodeck.catalog.predicate.Predicate.Any;
import org.heliodeck.catalog.predicate.Predicate.Comparison;
import org.heliodeck.catalog.predicate.Predicate.Has;
import org.heliodeck.catalog.predicate.Predicate.In;
import org.heliodeck.catalog.predicate.Predicate.InCatalog;
import org.heliodeck.catalog.predicate.Predicate.Match;
import org.heliodeck.catalog.predicate.Predicate.Not;
import org.heliodeck.catalog.predicate.Predicate.Operand;
import org.heliodeck.catalog.predicate.Predicate.Uuids;

/**
 * Writes predicates in the language {@link PredicateParser} reads, with parentheses only where the
 * structure needs them, so that parsing the text gives the same predicate back. Texts holding both
 * kinds of quote and attributes named like a field or a keyword have no text form (tscat's JSON
 * carries them). A catalog is written by its name where one is given, else by its uuid.
 */
public final class PredicateText {

    private final Function<UUID, Optional<String>> catalogNames;

    private PredicateText(Function<UUID, Optional<String>> catalogNames) {
        this.catalogNames = catalogNames;
    }

    /** The text with catalogs named by their uuids. */
    public static String write(Predicate predicate) {
        return write(predicate, uuid -> Optional.empty());
    }

    /** @param catalogNames the name of a catalog, written in place of its uuid */
    public static String write(Predicate predicate, Function<UUID, Optional<String>> catalogNames) {
        return new PredicateText(catalogNames).text(predicate);
    }

    private String text(Predicate predicate) {
        return switch (predicate) {
            case Any any -> join(any.predicates(), " or ", p -> p instanceof Any);
            case All all -> join(all.predicates(), " and ", p -> p instanceof Any || p instanceof All);
            case Not not -> "not " + (not.operand() instanceof Any || not.operand() instanceof All
                    ? "(" + text(not.operand()) + ")" : text(not.operand()));
            case Uuids u -> "uuid in [" + u.uuids().stream().map(id -> quoted(id.toString())).collect(Collectors.joining(", ")) + "]";
            case InCatalog in -> in.catalog().map(c -> "in catalog " + quoted(catalogNames.apply(c).filter(PredicateText::quotable)
                    .orElse(c.toString()))).orElse("in no catalog");
            case Comparison c -> write(c.lhs()) + " " + c.op().symbol() + " " + write(c.rhs());
            case In in -> write(in.needle()) + " in " + write(in.haystack());
            case Match m -> write(m.operand()) + " matches " + quoted(m.regex());
            case Has h -> "has " + write(h.operand());
        };
    }

    private String join(List<Predicate> predicates, String separator, java.util.function.Predicate<Predicate> grouped) {
        return predicates.stream().map(p -> grouped.test(p) ? "(" + text(p) + ")" : text(p)).collect(Collectors.joining(separator));
    }

    private static boolean quotable(String text) {
        return text.indexOf('"') < 0 || text.indexOf('\'') < 0;
    }

    private static String write(Operand operand) {
        return switch (operand) {
            case Operand.Field f -> f.name();
            case Operand.Attribute a -> a.name();
            case Operand.Text t -> quoted(t.value());
            case Operand.Number n -> n.whole() ? Long.toString((long) n.value()) : Double.toString(n.value());
            case Operand.Bool b -> Boolean.toString(b.value());
        };
    }

    private static String quoted(String text) {
        return text.indexOf('"') < 0 ? "\"" + text + "\"" : "'" + text + "'";
    }
}
