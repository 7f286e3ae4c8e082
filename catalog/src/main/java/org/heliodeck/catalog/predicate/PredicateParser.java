package org.heliodeck.catalog.predicate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
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
 * Reads the text form of predicates:
 *
 * <pre>
 * or       := and ("or" and)*
 * and      := unary ("and" unary)*
 * unary    := "not" unary | "has" NAME | "in" "catalog" STRING | "in" "no" "catalog" | "(" or ")" | relation
 * relation := operand (OP operand | ["not"] "in" (operand | list) | ("matches" | "~") STRING)
 * operand  := NAME | STRING | NUMBER [s | min | h | d] | true | false
 * list     := "[" STRING ("," STRING)* "]"        (uuids, after "uuid in")
 * </pre>
 *
 * NAME is a field ({@link Operand#FIELDS}) or else an attribute; OP one of {@code == != < <= > >=};
 * strings in double or single quotes; times are strings ({@code start >= "2010-01-01"}); a number
 * with a unit is a duration, in seconds ({@code duration > 6 h}). {@code in catalog "ICMEs"} holds
 * the events of that catalog (its name or its uuid), {@code in no catalog} the events assigned to none.
 */
public final class PredicateParser {

    private static final Map<String, Double> UNITS = Map.of("s", 1.0, "min", 60.0, "h", 3600.0, "d", 86400.0);

    private final String text;
    private final List<Token> tokens;
    private final Function<String, Optional<UUID>> catalogNamed;
    private int next;

    private PredicateParser(String text, Function<String, Optional<UUID>> catalogNamed) {
        this.text = text;
        this.tokens = Tokenizer.tokens(text);
        this.catalogNamed = catalogNamed;
    }

    /**
     * Reads a predicate whose catalogs are named by their uuids.
     *
     * @throws PredicateSyntaxException naming the column where the text stops making sense
     */
    public static Predicate parse(String text) {
        return parse(text, name -> Optional.empty());
    }

    /**
     * @param catalogNamed the uuid of the catalog of a name, for {@code in catalog "name"}
     * @throws PredicateSyntaxException naming the column where the text stops making sense, or the
     *     catalog name that {@code catalogNamed} does not know
     */
    public static Predicate parse(String text, Function<String, Optional<UUID>> catalogNamed) {
        PredicateParser parser = new PredicateParser(text, catalogNamed);
        Predicate predicate = parser.or();
        Token end = parser.peek();
        if (end.kind() != Token.Kind.END) {
            throw parser.error(end, "expected 'and', 'or' or the end, found '" + end.text() + "'");
        }
        return predicate;
    }

    private Predicate or() {
        List<Predicate> terms = new ArrayList<>(List.of(and()));
        while (acceptWord("or")) {
            terms.add(and());
        }
        return terms.size() == 1 ? terms.getFirst() : new Any(terms);
    }

    private Predicate and() {
        List<Predicate> terms = new ArrayList<>(List.of(unary()));
        while (acceptWord("and")) {
            terms.add(unary());
        }
        return terms.size() == 1 ? terms.getFirst() : new All(terms);
    }

    private Predicate unary() {
        if (acceptWord("not")) {
            return new Not(unary());
        }
        if (acceptWord("has")) {
            Token name = take();
            if (name.kind() != Token.Kind.NAME) {
                throw error(name, "expected a field or an attribute after 'has'");
            }
            return new Has(Operand.named(name.text()));
        }
        if (acceptWord("in")) {
            return inCatalog();
        }
        if (peek().is(Token.Kind.SYMBOL, "(")) {
            take();
            Predicate inner = or();
            Token close = take();
            if (!close.is(Token.Kind.SYMBOL, ")")) {
                throw error(close, "expected ')'");
            }
            return inner;
        }
        return relation();
    }

    /** After "in" at the start of a term. */
    private Predicate inCatalog() {
        if (acceptWord("no")) {
            Token word = take();
            if (!word.isWord("catalog")) {
                throw error(word, "expected 'catalog' after 'in no'");
            }
            return new InCatalog(Optional.empty());
        }
        Token word = take();
        if (!word.isWord("catalog")) {
            throw error(word, "expected 'catalog' or 'no catalog' after 'in'");
        }
        Token name = take();
        if (name.kind() != Token.Kind.STRING) {
            throw error(name, "expected the quoted name of a catalog after 'in catalog'");
        }
        Optional<UUID> named = catalogNamed.apply(name.text()).or(() -> uuidOf(name.text()));
        return new InCatalog(Optional.of(named.orElseThrow(() -> error(name, "no catalog named '" + name.text() + "'"))));
    }

    /** The uuid a text spells out in full; empty for anything else (UUID.fromString also takes 1-2-3-4-5). */
    private static Optional<UUID> uuidOf(String text) {
        if (text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** After "uuid in": the uuids in brackets. */
    private Predicate uuids() {
        take();
        List<UUID> uuids = new ArrayList<>();
        do {
            Token item = take();
            if (item.kind() != Token.Kind.STRING) {
                throw error(item, "expected a quoted uuid");
            }
            uuids.add(uuidOf(item.text()).orElseThrow(() -> error(item, "'" + item.text() + "' is not a uuid")));
        } while (acceptSymbol(","));
        Token close = take();
        if (!close.is(Token.Kind.SYMBOL, "]")) {
            throw error(close, "expected ',' or ']'");
        }
        return new Uuids(uuids);
    }

    private Predicate listOrOperand(Operand lhs, Token op) {
        if (!peek().is(Token.Kind.SYMBOL, "[")) {
            return new In(lhs, operand());
        }
        if (!lhs.equals(new Operand.Field("uuid"))) {
            throw error(op, "a list in brackets follows only 'uuid in'");
        }
        return uuids();
    }

    private Predicate relation() {
        Token first = peek();
        Operand lhs = operand();
        Token op = take();
        if (op.kind() == Token.Kind.OPERATOR) {
            return new Comparison(Op.ofSymbol(op.text()), lhs, operand());
        }
        if (op.isWord("in")) {
            return listOrOperand(lhs, op);
        }
        if (op.isWord("not") && acceptWord("in")) {
            return new Not(listOrOperand(lhs, op));
        }
        if (op.isWord("matches") || op.is(Token.Kind.SYMBOL, "~")) {
            Token regex = take();
            if (regex.kind() != Token.Kind.STRING) {
                throw error(regex, "expected a quoted regular expression after '" + op.text() + "'");
            }
            try {
                return new Match(lhs, regex.text());
            } catch (PatternSyntaxException e) {
                throw error(regex, "not a regular expression: " + e.getDescription());
            }
        }
        throw error(op, "expected a comparison (== != < <= > >=), 'in' or 'matches' after '" + first.text() + "'");
    }

    private Operand operand() {
        Token t = take();
        return switch (t.kind()) {
            case STRING -> new Operand.Text(t.text());
            case NUMBER -> {
                double value = Double.parseDouble(t.text());
                Token unit = peek();
                if (unit.kind() == Token.Kind.NAME && UNITS.containsKey(unit.text())) {
                    take();
                    value *= UNITS.get(unit.text());
                }
                yield new Operand.Number(value);
            }
            case NAME -> switch (t.text()) {
                case "true" -> new Operand.Bool(true);
                case "false" -> new Operand.Bool(false);
                case "and", "or", "not", "in", "has", "matches" -> throw error(t, "expected a value, found '" + t.text() + "'");
                default -> Operand.named(t.text());
            };
            case END -> throw error(t, "expected a value, found the end");
            default -> throw error(t, "expected a value, found '" + t.text() + "'");
        };
    }

    private boolean acceptSymbol(String symbol) {
        if (peek().is(Token.Kind.SYMBOL, symbol)) {
            next++;
            return true;
        }
        return false;
    }

    private boolean acceptWord(String word) {
        if (peek().isWord(word)) {
            next++;
            return true;
        }
        return false;
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        Token t = tokens.get(next);
        if (t.kind() != Token.Kind.END) {
            next++;
        }
        return t;
    }

    private PredicateSyntaxException error(Token at, String problem) {
        return new PredicateSyntaxException(text, at.column(), problem);
    }

    /** A word of the text; {@code column} 1-based. */
    record Token(Kind kind, String text, int column) {
        enum Kind { NAME, STRING, NUMBER, OPERATOR, SYMBOL, END }

        boolean is(Kind k, String t) {
            return kind == k && text.equals(t);
        }

        boolean isWord(String word) {
            return is(Kind.NAME, word);
        }
    }

    /** Cuts the text into tokens. */
    static final class Tokenizer {

        private Tokenizer() {}

        static List<Token> tokens(String text) {
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                int column = i + 1;
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (Character.isLetter(c) || c == '_') {
                    int end = i;
                    while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                        end++;
                    }
                    tokens.add(new Token(Token.Kind.NAME, text.substring(i, end), column));
                    i = end;
                } else if (Character.isDigit(c) || c == '-' || c == '.') {
                    int end = number(text, i);
                    tokens.add(new Token(Token.Kind.NUMBER, text.substring(i, end), column));
                    i = end;
                } else if (c == '"' || c == '\'') {
                    int close = text.indexOf(c, i + 1);
                    if (close < 0) {
                        throw new PredicateSyntaxException(text, column, "this string has no closing " + c);
                    }
                    tokens.add(new Token(Token.Kind.STRING, text.substring(i + 1, close), column));
                    i = close + 1;
                } else if ("<>=!".indexOf(c) >= 0) {
                    String op = i + 1 < text.length() && text.charAt(i + 1) == '=' ? text.substring(i, i + 2) : String.valueOf(c);
                    if (op.equals("=")) {
                        op = "==";
                    } else if (op.equals("!")) {
                        throw new PredicateSyntaxException(text, column, "'!' alone is not an operator: write != or 'not'");
                    }
                    tokens.add(new Token(Token.Kind.OPERATOR, op, column));
                    i += text.startsWith(op, i) ? op.length() : 1;
                } else if ("()~[],".indexOf(c) >= 0) {
                    tokens.add(new Token(Token.Kind.SYMBOL, String.valueOf(c), column));
                    i++;
                } else {
                    throw new PredicateSyntaxException(text, column, "unexpected character '" + c + "'");
                }
            }
            tokens.add(new Token(Token.Kind.END, "", text.length() + 1));
            return tokens;
        }

        /** The end of the number starting at {@code start}. */
        private static int number(String text, int start) {
            int end = start + (text.charAt(start) == '-' ? 1 : 0);
            while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.'
                    || ((text.charAt(end) == 'e' || text.charAt(end) == 'E') && end + 1 < text.length()
                            && (Character.isDigit(text.charAt(end + 1)) || text.charAt(end + 1) == '-')))) {
                end += text.charAt(end) == 'e' || text.charAt(end) == 'E' ? 2 : 1;
            }
            String candidate = text.substring(start, end);
            try {
                Double.parseDouble(candidate);
            } catch (NumberFormatException e) {
                throw new PredicateSyntaxException(text, start + 1, "'" + candidate + "' is not a number");
            }
            return end;
        }
    }
}
