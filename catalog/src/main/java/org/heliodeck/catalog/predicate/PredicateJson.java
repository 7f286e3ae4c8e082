package org.heliodeck.catalog.predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.PatternSyntaxException;
import org.heliodeck.catalog.predicate.Predicate.All;
import org.heliodeck.catalog.predicate.Predicate.Any;
import org.heliodeck.catalog.predicate.Predicate.Comparison;
import org.heliodeck.catalog.predicate.Predicate.Has;
import org.heliodeck.catalog.predicate.Predicate.In;
import org.heliodeck.catalog.predicate.Predicate.InCatalog;
import org.heliodeck.catalog.predicate.Predicate.Match;
import org.heliodeck.catalog.predicate.Predicate.Not;
import org.heliodeck.catalog.predicate.Predicate.Op;
import org.heliodeck.catalog.predicate.Predicate.Operand;
import org.heliodeck.catalog.predicate.Predicate.Uuids;

/**
 * Predicates as tscat's JSON: objects with a {@code type} key ({@code Comparison} with {@code op},
 * {@code lhs}, {@code rhs}; {@code Match} with {@code lhs} and the regex in {@code rhs}; {@code In}
 * with {@code lhs}, {@code rhs}; {@code Not} and {@code Has} with {@code operand}; {@code All} and
 * {@code Any} with {@code predicates}; {@code Field} and {@code Attribute} with {@code name}), constants
 * as plain JSON values; {@code UUID} with {@code uuid}, and {@code InCatalogue} with
 * {@code catalogue_uuid} (null: the events of no catalogue). A list of several uuids is written as
 * tscat can read it, an {@code Any} of {@code UUID}s, and such an {@code Any} reads back as one list.
 */
public final class PredicateJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PredicateJson() {}

    /** @throws IllegalArgumentException saying which part of the JSON is not a predicate */
    public static Predicate read(String json) {
        try {
            return predicate(MAPPER.readTree(json), "predicate");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the predicate is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Compact JSON, keys in tscat's order. */
    public static String write(Predicate predicate) {
        return tree(predicate).toString();
    }

    private static Predicate predicate(JsonNode node, String path) {
        String type = type(node, path);
        return switch (type) {
            case "Comparison" -> new Comparison(op(node, path), operand(child(node, "lhs", path), path + ".lhs"),
                    operand(child(node, "rhs", path), path + ".rhs"));
            case "Match" -> {
                JsonNode regex = child(node, "rhs", path);
                if (!regex.isTextual()) {
                    throw new IllegalArgumentException(path + ".rhs: a Match's rhs is a regular expression, a string");
                }
                try {
                    yield new Match(operand(child(node, "lhs", path), path + ".lhs"), regex.asText());
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException(path + ".rhs: not a regular expression: " + e.getDescription(), e);
                }
            }
            case "In" -> new In(operand(child(node, "lhs", path), path + ".lhs"), operand(child(node, "rhs", path), path + ".rhs"));
            case "Not" -> new Not(predicate(child(node, "operand", path), path + ".operand"));
            case "Has" -> new Has(operand(child(node, "operand", path), path + ".operand"));
            case "All" -> new All(predicates(node, path));
            case "Any" -> {
                List<Predicate> any = predicates(node, path);
                yield any.size() > 1 && any.stream().allMatch(p -> p instanceof Uuids)
                        ? new Uuids(any.stream().flatMap(p -> ((Uuids) p).uuids().stream()).toList()) : new Any(any);
            }
            case "UUID" -> new Uuids(List.of(uuid(child(node, "uuid", path), path + ".uuid")));
            case "InCatalogue" -> {
                JsonNode catalogue = node.get("catalogue_uuid");
                if (catalogue == null) {
                    throw new IllegalArgumentException(path + ": 'catalogue_uuid' is missing (null for the events of no catalogue)");
                }
                yield new InCatalog(catalogue.isNull() ? Optional.empty() : Optional.of(uuid(catalogue, path + ".catalogue_uuid")));
            }
            default -> throw new IllegalArgumentException(path + ": predicate type '" + type
                    + "' is not supported (Comparison, Match, In, Not, Has, All, Any, UUID, InCatalogue)");
        };
    }

    private static UUID uuid(JsonNode node, String path) {
        // UUID.fromString also takes short forms such as 1-2-3-4-5, which no tscat uuid has.
        if (node.isTextual() && node.asText().length() == 36) {
            try {
                return UUID.fromString(node.asText());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(path + ": expected a uuid, found " + node, e);
            }
        }
        throw new IllegalArgumentException(path + ": expected a uuid, found " + node);
    }

    private static List<Predicate> predicates(JsonNode node, String path) {
        JsonNode items = child(node, "predicates", path);
        if (!items.isArray()) {
            throw new IllegalArgumentException(path + ".predicates: expected an array");
        }
        List<Predicate> list = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            list.add(predicate(items.get(i), path + ".predicates[" + i + "]"));
        }
        return list;
    }

    private static Operand operand(JsonNode node, String path) {
        if (node.isTextual()) {
            return new Operand.Text(node.asText());
        }
        if (node.isNumber()) {
            return new Operand.Number(node.asDouble());
        }
        if (node.isBoolean()) {
            return new Operand.Bool(node.asBoolean());
        }
        String type = type(node, path);
        JsonNode name = child(node, "name", path);
        return switch (type) {
            case "Field" -> {
                try {
                    yield new Operand.Field(name.asText());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
                }
            }
            case "Attribute" -> new Operand.Attribute(name.asText());
            default -> throw new IllegalArgumentException(path + ": expected a Field, an Attribute or a value, found type '" + type + "'");
        };
    }

    private static Op op(JsonNode node, String path) {
        try {
            return Op.ofSymbol(child(node, "op", path).asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ".op: " + e.getMessage(), e);
        }
    }

    private static String type(JsonNode node, String path) {
        if (!node.isObject() || !node.path("type").isTextual()) {
            throw new IllegalArgumentException(path + ": expected an object with a 'type', found " + node);
        }
        return node.get("type").asText();
    }

    private static JsonNode child(JsonNode node, String key, String path) {
        JsonNode child = node.get(key);
        if (child == null || child.isNull()) {
            throw new IllegalArgumentException(path + ": '" + key + "' is missing");
        }
        return child;
    }

    private static JsonNode tree(Predicate predicate) {
        return switch (predicate) {
            case Comparison c -> typed("Comparison").put("op", c.op().symbol()).<ObjectNode>set("lhs", tree(c.lhs()))
                    .set("rhs", tree(c.rhs()));
            case Match m -> typed("Match").<ObjectNode>set("lhs", tree(m.operand())).put("rhs", m.regex());
            case In in -> typed("In").<ObjectNode>set("lhs", tree(in.needle())).set("rhs", tree(in.haystack()));
            case Not n -> typed("Not").set("operand", tree(n.operand()));
            case Has h -> typed("Has").set("operand", tree(h.operand()));
            case All a -> typed("All").set("predicates", array(a.predicates()));
            case Uuids u -> u.uuids().size() == 1 ? typed("UUID").put("uuid", u.uuids().getFirst().toString())
                    : typed("Any").set("predicates", array(u.uuids().stream().map(id -> (Predicate) new Uuids(List.of(id))).toList()));
            case InCatalog in -> typed("InCatalogue").put("catalogue_uuid", in.catalog().map(UUID::toString).orElse(null));
            case Any a -> typed("Any").set("predicates", array(a.predicates()));
        };
    }

    private static ArrayNode array(List<Predicate> predicates) {
        ArrayNode array = NODES.arrayNode();
        predicates.forEach(p -> array.add(tree(p)));
        return array;
    }

    private static JsonNode tree(Operand operand) {
        return switch (operand) {
            case Operand.Field f -> typed("Field").put("name", f.name());
            case Operand.Attribute a -> typed("Attribute").put("name", a.name());
            case Operand.Text t -> NODES.textNode(t.value());
            case Operand.Number n -> n.whole() ? NODES.numberNode((long) n.value()) : NODES.numberNode(n.value());
            case Operand.Bool b -> NODES.booleanNode(b.value());
        };
    }

    private static ObjectNode typed(String type) {
        return NODES.objectNode().put("type", type);
    }
}
