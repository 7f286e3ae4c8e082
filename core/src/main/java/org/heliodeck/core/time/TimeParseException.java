package org.heliodeck.core.time;

/** A time string that does not name an instant; the message quotes the string and says what is wrong. */
public final class TimeParseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String input;

    TimeParseException(CharSequence input, String problem) {
        super("cannot read '" + input + "' as a time: " + problem);
        this.input = input.toString();
    }

    /** The string that could not be read. */
    public String input() {
        return input;
    }
}
