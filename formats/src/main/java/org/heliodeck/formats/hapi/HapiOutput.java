package org.heliodeck.formats.hapi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a writer writes for a table: the info as it will be announced (format, status, the length
 * of the times as written, string lengths wide enough for every value) and its layout.
 */
final class HapiOutput {

    static final String SOURCE = "HAPI table to write";

    private final HapiInfo info;
    private final HapiLayout layout;
    private final HapiTimeFormat time;
    /** Each field's fill value as a number; NaN where it has none or it is not a number. */
    private final double[] fills;

    private HapiOutput(HapiInfo info, HapiLayout layout, HapiTimeFormat time, double[] fills) {
        this.info = info;
        this.layout = layout;
        this.time = time;
        this.fills = fills;
    }

    /** The info as written in the header. */
    HapiInfo info() {
        return info;
    }

    HapiLayout layout() {
        return layout;
    }

    /** How the record times are written. */
    HapiTimeFormat time() {
        return time;
    }

    static HapiOutput of(HapiTable table, String format) {
        HapiInfo info = table.info();
        HapiTimeFormat time = HapiTimeFormat.forTimes(info.parameters().getFirst().length(), table.timesArray());
        List<HapiParameter> parameters = new ArrayList<>();
        parameters.add(info.parameters().getFirst().withLength(time.length()));
        for (HapiColumn column : table.columns()) {
            parameters.add(switch (column) {
                case StringColumn strings -> strings.parameter().withLength(Math.max(1, Math.max(
                        strings.parameter().length().orElse(1), longestUtf8(strings.values()))));
                case NumericColumn numbers -> numbers.parameter();
            });
        }
        HapiInfo written = info.withParameters(parameters).withFormat(format)
                .withStatus(info.status().orElse(HapiStatus.OK));
        HapiLayout layout = HapiLayout.of(written, SOURCE, "info");
        double[] fills = new double[parameters.size()];
        for (int i = 0; i < fills.length; i++) {
            fills[i] = parameters.get(i).fill().map(HapiOutput::numberOrNaN).orElse(Double.NaN);
        }
        return new HapiOutput(written, layout, time, fills);
    }

    /**
     * The number to write for {@code value} of field {@code field}: the value, or the fill value in
     * place of NaN (a missing sample of a table made from variables).
     *
     * @throws IllegalArgumentException for NaN in an integer parameter without a fill value
     */
    double valueToWrite(int field, double value, int row) {
        if (!Double.isNaN(value) || Double.isNaN(fills[field])) {
            HapiLayout.Field f = layout.fields().get(field);
            if (Double.isNaN(value) && f.type() == HapiType.INTEGER) {
                throw new IllegalArgumentException("row " + row + " of integer parameter '" + f.parameter().name()
                        + "' is missing (NaN) and the parameter has no fill value to write in its place");
            }
            return value;
        }
        return fills[field];
    }

    private static int longestUtf8(List<String> values) {
        int longest = 0;
        for (String value : values) {
            longest = Math.max(longest, value.getBytes(StandardCharsets.UTF_8).length);
        }
        return longest;
    }

    private static double numberOrNaN(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
