package org.heliodeck.formats.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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
     * @param owner names the owner in messages, e.g. "event 1b4e…"
     */
    static Map<String, AttributeValue> checkedCopy(Map<String, AttributeValue> attributes, Set<String> fixedFields, String owner) {
        Map<String, AttributeValue> copy = new LinkedHashMap<>();
        attributes.forEach((name, value) -> {
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(owner + ": attribute name '" + name
                        + "' is not a letter followed by letters, digits and underscores");
            }
            if (fixedFields.contains(name)) {
                throw new IllegalArgumentException(owner + ": '" + name + "' is a field, not a custom attribute");
            }
            if (value == null) {
                throw new IllegalArgumentException(owner + ": attribute '" + name + "' has no value");
            }
            copy.put(name, value);
        });
        return Collections.unmodifiableMap(copy);
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
