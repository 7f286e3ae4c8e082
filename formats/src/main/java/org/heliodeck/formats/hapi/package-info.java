/**
 * HAPI (Heliophysics API) wire formats: the info JSON ({@link org.heliodeck.formats.hapi.HapiInfo},
 * read and written by {@link org.heliodeck.formats.hapi.HapiInfoJson}) and the CSV, binary and JSON
 * data formats, each with a {@link org.heliodeck.formats.hapi.HapiReader}, a
 * {@link org.heliodeck.formats.hapi.HapiWriter} and a codec ({@code hapi-csv}, {@code hapi-binary},
 * {@code hapi-json}).
 *
 * <p>Readers and writers work on a {@link org.heliodeck.formats.hapi.HapiTable}: the record times
 * and one column per parameter, {@link org.heliodeck.formats.hapi.NumericColumn} (double and
 * integer, values as written, fill included) or {@link org.heliodeck.formats.hapi.StringColumn}
 * (strings, and isotime parameters after the first, as written). The table is the faithful form:
 * what is read is written back unchanged, strings included. A
 * {@link org.heliodeck.formats.DataSet} holds numeric variables only, so
 * {@link org.heliodeck.formats.hapi.HapiDataSetMapping} maps the numeric columns to variables (bins
 * to axes, fill to NaN) and leaves the string columns in the table; the codecs offer both
 * ({@code read}/{@code write} for data sets, {@code readTable}/{@code writeTable} for tables).
 */
package org.heliodeck.formats.hapi;
