package org.heliodeck.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.heliodeck.formats.catalog.AttributeValue;

/**
 * Reads the JSON that {@link StoredJson} writes straight into lists and attribute values, without
 * an intermediate tree: listing a catalog decodes the tags, products and attributes of every event,
 * and a tree per column cost more than the rest of the listing. Only the shapes the store writes are
 * read: an array of strings, and an object of {@code {"type": …, "value": …}} objects.
 */
final class StoredJsonReader {

    private final String json;
    private int at;

    private StoredJsonReader(String json) {
        this.json = json;
    }

    static List<String> strings(String json) {
        if (json.length() == 2) {
            return List.of();
        }
        StoredJsonReader reader = new StoredJsonReader(json);
        reader.expect('[');
        List<String> values = new ArrayList<>(4);
        do {
            values.add(reader.string());
        } while (reader.more(']'));
        reader.end();
        // Immutable as the model's own copies are, so that an event's constructor keeps it as it is.
        return List.copyOf(values);
    }

    static Map<String, AttributeValue> attributes(String json) {
        if (json.length() == 2) {
            return Map.of();
        }
        StoredJsonReader reader = new StoredJsonReader(json);
        reader.expect('{');
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        do {
            String name = reader.string();
            reader.expect(':');
            attributes.put(name, reader.typed());
        } while (reader.more('}'));
        reader.end();
        return Collections.unmodifiableMap(attributes);
    }

    /** {@code {"type": "real", "value": 21.5}}, keys in the order {@link StoredJson} writes them. */
    private AttributeValue typed() {
        expect('{');
        key("type");
        String type = string();
        expect(',');
        key("value");
        AttributeValue value = switch (type) {
            case "text" -> AttributeValue.text(string());
            case "integer" -> AttributeValue.integer(Long.parseLong(number()));
            case "real" -> AttributeValue.real(peek() == '"' ? Double.parseDouble(string()) : Double.parseDouble(number()));
            case "boolean" -> AttributeValue.bool(bool());
            case "time" -> AttributeValue.time(Long.parseLong(number()));
            case "list" -> {
                expect('[');
                List<AttributeValue> items = new ArrayList<>();
                if (peek() == ']') {
                    at++;
                } else {
                    do {
                        items.add(typed());
                    } while (more(']'));
                }
                yield AttributeValue.list(items);
            }
            default -> throw malformed("an attribute of unknown type '" + type + "'");
        };
        expect('}');
        return value;
    }

    private void key(String name) {
        if (!string().equals(name)) {
            throw malformed("'" + name + "' expected");
        }
        expect(':');
    }

    private String string() {
        expect('"');
        int start = at;
        while (at < json.length() && json.charAt(at) != '"' && json.charAt(at) != '\\') {
            at++;
        }
        if (at < json.length() && json.charAt(at) == '"') {
            return json.substring(start, at++);
        }
        StringBuilder text = new StringBuilder(json.substring(start, at));
        while (at < json.length() && json.charAt(at) != '"') {
            char c = json.charAt(at++);
            if (c != '\\') {
                text.append(c);
                continue;
            }
            if (at >= json.length()) {
                break;
            }
            char escaped = json.charAt(at++);
            switch (escaped) {
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case 'u' -> {
                    if (at + 4 > json.length()) {
                        throw malformed("a cut \\u escape");
                    }
                    text.append((char) Integer.parseInt(json, at, at + 4, 16));
                    at += 4;
                }
                default -> text.append(escaped);
            }
        }
        expect('"');
        return text.toString();
    }

    private String number() {
        int start = at;
        while (at < json.length() && "+-.eE0123456789".indexOf(json.charAt(at)) >= 0) {
            at++;
        }
        if (start == at) {
            throw malformed("a number expected");
        }
        return json.substring(start, at);
    }

    private boolean bool() {
        if (json.startsWith("true", at)) {
            at += 4;
            return true;
        }
        if (json.startsWith("false", at)) {
            at += 5;
            return false;
        }
        throw malformed("true or false expected");
    }

    /** After an item: true at a comma (another item follows), false at the closing bracket. */
    private boolean more(char close) {
        char c = peek();
        at++;
        if (c == ',') {
            return true;
        }
        if (c != close) {
            throw malformed("',' or '" + close + "' expected");
        }
        return false;
    }

    private char peek() {
        if (at >= json.length()) {
            throw malformed("cut short");
        }
        return json.charAt(at);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw malformed("'" + c + "' expected");
        }
        at++;
    }

    private void end() {
        if (at != json.length()) {
            throw malformed("text after the end");
        }
    }

    private IllegalStateException malformed(String problem) {
        return new IllegalStateException("the store holds JSON it did not write (" + problem + " at character " + (at + 1) + "): " + json);
    }
}
