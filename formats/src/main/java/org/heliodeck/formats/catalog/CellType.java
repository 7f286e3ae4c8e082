package org.heliodeck.formats.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.formats.catalog.AttributeValue.BoolValue;
import org.heliodeck.formats.catalog.AttributeValue.IntegerValue;
import org.heliodeck.formats.catalog.AttributeValue.ListValue;
import org.heliodeck.formats.catalog.AttributeValue.RealValue;
import org.heliodeck.formats.catalog.AttributeValue.TextValue;
import org.heliodeck.formats.catalog.AttributeValue.TimeValue;

/**
 * How the cells of a table (a VOTable {@code TD}, a CSV field) hold an attribute type: the reading
 * and writing of one cell, and the VOTable FIELD declaration of a column of them.
 */
enum CellType {
    TEXT("char", "", ""),
    INTEGER("long", "", ""),
    REAL("double", "", ""),
    BOOL("boolean", "", ""),
    TIME("char", "dateTime", ""),
    /** tscat's convention for list attributes: JSON text in a char column marked {@code utype="json"}. */
    LIST("char", "", "json");

    final String datatype;
    final String xtype;
    final String utype;

    CellType(String datatype, String xtype, String utype) {
        this.datatype = datatype;
        this.xtype = xtype;
        this.utype = utype;
    }

    /** Whether the FIELD gives {@code arraysize="*"}: char columns hold strings of any length. */
    boolean variableLength() {
        return datatype.equals("char");
    }

    static CellType of(AttributeValue value) {
        return switch (value) {
            case TextValue v -> TEXT;
            case IntegerValue v -> INTEGER;
            case RealValue v -> REAL;
            case BoolValue v -> BOOL;
            case TimeValue v -> TIME;
            case ListValue v -> LIST;
        };
    }

    /**
     * The type for a FIELD declaration, or null when it is none Heliodeck reads.
     *
     * @param datatype the FIELD's datatype, e.g. {@code double}
     */
    static CellType forField(String datatype, String xtype, String utype) {
        return switch (datatype) {
            case "char", "unicodeChar" -> {
                if (xtype.equalsIgnoreCase("dateTime") || xtype.equalsIgnoreCase("timestamp")) {
                    yield TIME;
                }
                yield utype.equals("json") ? LIST : TEXT;
            }
            case "long", "int", "short", "unsignedByte" -> INTEGER;
            case "double", "float" -> REAL;
            case "boolean" -> BOOL;
            default -> null;
        };
    }

    /** The narrowest type that reads every non-empty cell of a column: text when no other does. */
    static CellType inferred(List<String> cells) {
        for (CellType type : List.of(INTEGER, REAL, BOOL, TIME, LIST)) {
            if (cells.stream().filter(cell -> !cell.isEmpty()).allMatch(cell -> type.fits(cell))) {
                return type;
            }
        }
        return TEXT;
    }

    private boolean fits(String cell) {
        if (this == TIME && !CatalogTimeText.looksLikeDateTime(cell.strip())) {
            return false; // Tt2000 also reads bare years and dates, which are more often numbers and labels
        }
        if (this == LIST && !cell.strip().startsWith("[")) {
            return false;
        }
        try {
            parse(cell);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The value of a non-empty cell; refuses text that is not of this type. */
    AttributeValue parse(String cell) {
        return switch (this) {
            case TEXT -> AttributeValue.text(cell);
            case INTEGER -> AttributeValue.integer(parseInteger(cell.strip()));
            case REAL -> AttributeValue.real(parseReal(cell.strip()));
            case BOOL -> AttributeValue.bool(parseBool(cell.strip()));
            case TIME -> AttributeValue.time(Tt2000.parse(cell));
            case LIST -> AttributeValue.list(AttributeJson.parseList(cell, "cell").items());
        };
    }

    /** The values of an array cell: the elements separated by white space. */
    AttributeValue parseArray(String cell) {
        List<AttributeValue> items = new ArrayList<>();
        for (String item : cell.strip().split("\\s+")) {
            items.add(parse(item));
        }
        return AttributeValue.list(items);
    }

    /** Whether an element of an array cell can be written as this type (char arrays are strings, not arrays). */
    boolean hasArrays() {
        return this == INTEGER || this == REAL || this == BOOL;
    }

    /** The cell text of a value of this type. */
    static String format(AttributeValue value) {
        return switch (value) {
            case TextValue v -> v.value();
            case IntegerValue v -> Long.toString(v.value());
            case RealValue v -> formatReal(v.value());
            case BoolValue v -> v.value() ? "T" : "F";
            case TimeValue v -> CatalogTimeText.amda(v.tt2000());
            case ListValue v -> AttributeJson.listText(v);
        };
    }

    private static long parseInteger(String text) {
        try {
            return Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not an integer", e);
        }
    }

    /** VOTable spells the specials NaN, +Inf and -Inf; Java's own spellings are read too. */
    private static double parseReal(String text) {
        switch (text) {
            case "NaN":
                return Double.NaN;
            case "+Inf", "Inf", "+Infinity", "Infinity":
                return Double.POSITIVE_INFINITY;
            case "-Inf", "-Infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                try {
                    return Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + text + "' is not a number", e);
                }
        }
    }

    private static String formatReal(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        return Double.toString(value);
    }

    private static boolean parseBool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "t", "true", "1" -> true;
            case "f", "false", "0" -> false;
            default -> throw new IllegalArgumentException("'" + text + "' is not a boolean (T, F, true, false, 1, 0)");
        };
    }
}
