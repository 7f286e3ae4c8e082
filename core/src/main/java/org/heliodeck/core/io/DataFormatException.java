package org.heliodeck.core.io;

/**
 * A file or stream that cannot be read as the format it claims to be: truncated, corrupted, or
 * another format altogether. The message names the source and where in it the problem lies (a line,
 * a record, a byte offset), so that a user can find it; readers throw nothing else for bad input.
 */
public class DataFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String location;

    /**
     * @param source the file name or URL read
     * @param location where in it, e.g. "line 12", "record 5 at offset 0x1f40"; empty when unknown
     * @param problem what is wrong, in the user's terms
     */
    public DataFormatException(String source, String location, String problem) {
        this(source, location, problem, null);
    }

    public DataFormatException(String source, String location, String problem, Throwable cause) {
        super(source + (location.isEmpty() ? "" : ", " + location) + ": " + problem, cause);
        this.source = source;
        this.location = location;
    }

    public String source() {
        return source;
    }

    public String location() {
        return location;
    }
}
