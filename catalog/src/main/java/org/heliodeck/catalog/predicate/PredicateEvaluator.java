package org.heliodeck.catalog.predicate;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.heliodeck.catalog.Event;
import org.heliodeck.catalog.predicate.Predicate.All;
import org.heliodeck.catalog.predicate.Predicate.Any;
import org.heliodeck.catalog.predicate.Predicate.Comparison;
import org.heliodeck.catalog.predicate.Predicate.Has;
import org.heliodeck.catalog.predicate.Predicate.In;
import org.heliodeck.catalog.predicate.Predicate.Match;
import org.heliodeck.catalog.predicate.Predicate.Not;
import org.heliodeck.catalog.predicate.Predicate.Operand;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.formats.catalog.AttributeValue;

/**
 * Tests events against a predicate. Values compare within their kind: numbers with numbers, text
 * with text, times with times (a text compared with a time is read as an ISO 8601 time). A missing
 * attribute, an empty rating or values of different kinds make a comparison false (and {@code !=}
 * true only between present values), as SQL's NULL would. Whether an event is in a catalog is
 * asked of a {@link CatalogMembership}.
 */
public final class PredicateEvaluator implements java.util.function.Predicate<Event> {

    private final Predicate predicate;
    private final CatalogMembership catalogs;
    // Per node of the tree, made once rather than per event; by identity, since equal nodes may repeat.
    private final Map<Predicate.Uuids, Set<UUID>> uuidSets = new IdentityHashMap<>();
    private final Map<Match, Pattern> patterns = new IdentityHashMap<>();

    /** For a predicate that refers to no catalog. */
    public PredicateEvaluator(Predicate predicate) {
        this(predicate, CatalogMembership.NONE);
    }

    public PredicateEvaluator(Predicate predicate, CatalogMembership catalogs) {
        this.predicate = predicate;
        this.catalogs = catalogs;
    }

    @Override
    public boolean test(Event event) {
        return matches(predicate, event);
    }

    /** A time, so that times compare as times and never as the numbers they are stored as. */
    private record Time(long tt2000) {}

    private boolean matches(Predicate p, Event e) {
        return switch (p) {
            case Predicate.Uuids u -> uuidSets.computeIfAbsent(u, k -> Set.copyOf(k.uuids())).contains(e.uuid());
            case Predicate.InCatalog in -> in.catalog().isPresent() ? catalogs.eventsOf(in.catalog().get()).contains(e.uuid())
                    : !catalogs.assignedAnywhere(e.uuid());
            case Comparison c -> compare(c, value(c.lhs(), e), value(c.rhs(), e));
            case Match m -> value(m.operand(), e).map(v -> matchesRegex(patterns.computeIfAbsent(m, k -> Pattern.compile(k.regex())), v))
                    .orElse(false);
            case In in -> value(in.haystack(), e).map(h -> contains(h, value(in.needle(), e))).orElse(false);
            case Not n -> !matches(n.operand(), e);
            case Has h -> value(h.operand(), e).isPresent();
            case All a -> a.predicates().stream().allMatch(q -> matches(q, e));
            case Any a -> a.predicates().stream().anyMatch(q -> matches(q, e));
        };
    }

    private static Optional<Object> value(Operand operand, Event e) {
        return switch (operand) {
            case Operand.Field f -> field(f.name(), e);
            case Operand.Attribute a -> Optional.ofNullable(e.attributes().get(a.name())).map(PredicateEvaluator::plain);
            case Operand.Text t -> Optional.of(t.value());
            case Operand.Number n -> Optional.of(n.value());
            case Operand.Bool b -> Optional.of(b.value());
        };
    }

    private static Optional<Object> field(String name, Event e) {
        if (name.equals("rating")) {
            return e.rating().isPresent() ? Optional.of((double) e.rating().getAsInt()) : Optional.empty();
        }
        return Optional.of(switch (name) {
            case "uuid" -> e.uuid().toString();
            case "start" -> new Time(e.start());
            case "stop" -> new Time(e.stop());
            case "author" -> e.author();
            case "tags" -> e.tags();
            case "products" -> e.products();
            case "duration" -> (e.stop() - e.start()) / 1e9;
            default -> throw new IllegalStateException("field " + name + " has no value");
        });
    }

    private static Object plain(AttributeValue value) {
        return switch (value) {
            case AttributeValue.TextValue t -> t.value();
            case AttributeValue.IntegerValue i -> (double) i.value();
            case AttributeValue.RealValue r -> r.value();
            case AttributeValue.BoolValue b -> b.value();
            case AttributeValue.TimeValue t -> new Time(t.tt2000());
            case AttributeValue.ListValue l -> l.items().stream().map(PredicateEvaluator::plain).toList();
        };
    }

    private static boolean compare(Comparison c, Optional<Object> left, Optional<Object> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return false;
        }
        Object a = asTimeIfOther(left.get(), right.get());
        Object b = asTimeIfOther(right.get(), left.get());
        Integer order = order(a, b);
        return switch (c.op()) {
            case EQ -> Objects.equals(a, b) || order != null && order == 0;
            case NE -> !(Objects.equals(a, b) || order != null && order == 0);
            case LT -> order != null && order < 0;
            case LE -> order != null && order <= 0;
            case GT -> order != null && order > 0;
            case GE -> order != null && order >= 0;
        };
    }

    /** A text compared with a time, read as a time; anything else as it is. */
    private static Object asTimeIfOther(Object value, Object other) {
        if (value instanceof String text && other instanceof Time) {
            try {
                return new Time(Tt2000.parse(text));
            } catch (IllegalArgumentException notATime) {
                return value;
            }
        }
        return value;
    }

    /** The order of two values of one kind; null for values that do not compare. */
    private static Integer order(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return Double.compare(x, y);
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        if (a instanceof Time x && b instanceof Time y) {
            return Long.compare(x.tt2000(), y.tt2000());
        }
        return null;
    }

    private static boolean contains(Object haystack, Optional<Object> needle) {
        if (needle.isEmpty()) {
            return false;
        }
        if (haystack instanceof List<?> items) {
            return items.contains(needle.get());
        }
        return haystack instanceof String text && needle.get() instanceof String part && text.contains(part);
    }

    private static boolean matchesRegex(Pattern regex, Object value) {
        if (value instanceof List<?> items) {
            return items.stream().anyMatch(item -> matchesRegex(regex, item));
        }
        return value instanceof String text && regex.matcher(text).find();
    }
}
