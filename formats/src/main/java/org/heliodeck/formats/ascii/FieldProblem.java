package org.heliodeck.formats.ascii;

/**
 * A field of the current line that cannot be read; the table reader turns it into a
 * {@link org.heliodeck.core.io.DataFormatException} naming the file, line and field.
 */
final class FieldProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int field;

    /** @param field 0-based index of the field in its line */
    FieldProblem(int field, String problem) {
        super(problem, null, false, false);
        this.field = field;
    }

    int field() {
        return field;
    }
}
