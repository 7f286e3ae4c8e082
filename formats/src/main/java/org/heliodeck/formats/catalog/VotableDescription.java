package org.heliodeck.formats.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Key:value;} lines of an AMDA VOTable's DESCRIPTION ({@code Name:Dst_Li2020;},
 * {@code Contact:…;}, {@code Creation Date:…;}), one a line as AMDA writes them or several on one
 * line as tscat writes them.
 */
final class VotableDescription {

    static final String PREDICATE = "Predicate";

    private static final Pattern ENTRY = Pattern.compile("([A-Za-z][A-Za-z0-9 _]*):(.*)", Pattern.DOTALL);
    /** A semicolon that ends an entry and is followed by another on the same line. */
    private static final Pattern SEPARATOR = Pattern.compile(";(?=\\s*[A-Za-z][A-Za-z0-9 _]*:)");
    /** AMDA's key whose spelling is no valid attribute name. */
    private static final String CREATION_DATE = "Creation Date";

    private VotableDescription() {}

    /** The entries in text order, values stripped of the final {@code ;} and surrounding blanks; other text is skipped. */
    static Map<String, String> parse(String text) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            String stripped = line.strip();
            // A predicate is JSON, whose strings may hold anything: it always has a line of its own.
            String[] parts = stripped.startsWith(PREDICATE + ":") ? new String[] {stripped} : SEPARATOR.split(stripped);
            for (String part : parts) {
                Matcher entry = ENTRY.matcher(part.strip());
                if (entry.matches()) {
                    String value = entry.group(2).strip();
                    entries.put(entry.group(1).strip(), value.endsWith(";") ? value.substring(0, value.length() - 1).strip() : value);
                }
            }
        }
        return entries;
    }

    static String format(Map<String, String> entries) {
        StringBuilder text = new StringBuilder();
        entries.forEach((key, value) -> {
            if (value.contains("\n") || value.contains("\r")) {
                throw new IllegalArgumentException("the VOTable DESCRIPTION line '" + key + "' cannot hold a line break");
            }
            text.append(key).append(':').append(value).append(";\n");
        });
        return text.toString();
    }

    /** The attribute a key becomes: {@code Creation Date} → {@code CreationDate}. */
    static String attributeName(String key) {
        return key.replace(" ", "");
    }

    /** The key an attribute is written under, AMDA's spelling where it has one. */
    static String key(String attributeName) {
        return attributeName.equals(attributeName(CREATION_DATE)) ? CREATION_DATE : attributeName;
    }
}
