package org.heliodeck.catalog.predicate;

/** A predicate's text that cannot be read, with the column where reading stopped. */
public final class PredicateSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int column;

    /** @param column 1-based */
    PredicateSyntaxException(String text, int column, String problem) {
        super("predicate, column " + column + ": " + problem + "\n  " + text + "\n  " + " ".repeat(column - 1) + "^");
        this.column = column;
    }

    /** 1-based. */
    public int column() {
        return column;
    }
}
