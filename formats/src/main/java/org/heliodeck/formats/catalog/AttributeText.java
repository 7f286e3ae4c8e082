package org.heliodeck.formats.catalog;

import java.util.List;
import java.util.Optional;

/**
 * Custom attribute values as one line of text, as a table cell shows and edits them: the same
 * spellings as the CSV and VOTable cells (times in ISO 8601, lists as JSON, booleans T/F).
 */
public final class AttributeText {

    private AttributeText() {}

    public static String format(AttributeValue value) {
        return CellType.format(value);
    }

    /**
     * The value {@code text} spells, of the type of {@code like} when there is one (an edit keeps an
     * attribute's type), else of the narrowest type that reads it.
     *
     * @throws IllegalArgumentException saying why when {@code text} is not of that type
     */
    public static AttributeValue parse(String text, Optional<AttributeValue> like) {
        CellType type = like.map(CellType::of).orElseGet(() -> CellType.inferred(List.of(text)));
        return type.parse(text);
    }
}
