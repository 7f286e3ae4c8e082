package org.heliodeck.formats;

import java.util.List;

/** What every codec says of itself, so that a file can be matched with its codec. */
public interface FileFormat {

    /** Short name used on the command line, e.g. {@code csv}, {@code hapi-csv}, {@code tscat-json}. */
    String name();

    /** One line saying what the format is, for listings. */
    String description();

    /** File name endings this codec claims, lower case with the dot, e.g. {@code .csv}. */
    List<String> extensions();

    /**
     * Whether the file looks like this format, judged from its name and its first bytes (up to
     * {@link FormatChooser#HEAD_BYTES}); a codec that cannot tell from the bytes decides by the name.
     */
    boolean recognises(String fileName, byte[] head);
}
