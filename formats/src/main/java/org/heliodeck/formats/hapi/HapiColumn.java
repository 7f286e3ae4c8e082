package org.heliodeck.formats.hapi;

/** The values of one non-time parameter of a {@link HapiTable}, row by row. */
public sealed interface HapiColumn permits NumericColumn, StringColumn {

    HapiParameter parameter();

    /** Rows held. */
    int rows();
}
