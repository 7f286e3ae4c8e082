package org.heliodeck.formats.ascii;

/** What separates the fields of a line of a text table. */
public enum Delimiter {
    /** Comma-separated values; fields may be quoted as in RFC 4180. */
    COMMA(','),
    /** Tab-separated values; fields may be quoted. */
    TAB('\t'),
    /** Semicolon-separated values, as spreadsheets write them where the comma is the decimal mark; fields may be quoted. */
    SEMICOLON(';'),
    /** Runs of blanks (spaces and tabs) between fields, leading and trailing blanks ignored: fixed-width tables. */
    WHITESPACE(' ');

    private final char separator;

    Delimiter(char separator) {
        this.separator = separator;
    }

    /** The separating character; for {@link #WHITESPACE}, a space standing for any run of blanks. */
    public char separator() {
        return separator;
    }
}
