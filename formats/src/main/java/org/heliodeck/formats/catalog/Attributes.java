package org.heliodeck.formats.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** The custom attributes of an event, a catalogue or a document: checked names, file order kept. */
final class Attributes {

    /** tscat's rule for custom attribute names. */
    static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z_0-9]*");

    private Attributes() {}

    /**
     * An unmodifiable copy in the given order, after checking every name against tscat's rule and
     * against the owner's fixed fields (which share the same key space in tscat's JSON).
     *
     * @param owner names the owner in messages, e.g. "event 1b4e…" (made only for a message: a
     *     store decodes 10⁵ events at a time)
     */
    static Map<String, AttributeValue> checkedCopy(Map<String, AttributeValue> attributes, Set<String> fixedFields,
            Supplier<String> owner) {
        Map<String, AttributeValue> copy = new LinkedHashMap<>();
        attributes.forEach((name, value) -> {
            if (!isName(name)) {
                throw new IllegalArgumentException(owner.get() + ": attribute name '" + name
                        + "' is not a letter followed by letters, digits and underscores");
            }
            if (fixedFields.contains(name)) {
                throw new IllegalArgumentException(owner.get() + ": '" + name + "' is a field, not a custom attribute");
            }
            if (value == null) {
                throw new IllegalArgumentException(owner.get() + ": attribute '" + name + "' has no value");
            }
            copy.put(name, value);
        });
        return Collections.unmodifiableMap(copy);
    }

    /** {@link #NAME}'s test without a regular expression, which costs more than a store's decoding of the rest of an event. */
    static boolean isName(String name) {
        if (name.isEmpty() || !isAsciiLetter(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isAsciiLetter(c) && (c < '0' || c > '9') && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /**
     * The attribute a table column becomes: its label with every character outside the rule made an
     * underscore, {@code c} before a leading non-letter, {@code columnN} for no label.
     *
     * @param column 0-based
     */
    static String nameFor(String label, int column) {
        String name = label.isEmpty() ? "column" + (column + 1) : label.replaceAll("[^A-Za-z0-9_]", "_");
        return Character.isLetter(name.charAt(0)) ? name : "c" + name;
    }
}
