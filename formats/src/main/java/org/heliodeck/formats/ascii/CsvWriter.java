package org.heliodeck.formats.ascii;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.IsoTimeFormat;
import org.heliodeck.core.time.TimeScale;
import org.heliodeck.formats.DataSet;

/**
 * Writes a data set as CSV: a header row ({@code time}, then one {@link CsvHeading} per element of
 * each variable, e.g. {@code B_GSE[0] (nT)}), then one row per distinct time of any variable, in
 * order. Times are ISO 8601 UTC with {@code Z}, all with the same number of fraction digits: the
 * fewest of 0, 3, 6 or 9 that write every time exactly. Numbers are written in the shortest form
 * that reads back as the same double; NaN, and every element of a variable that has no record at
 * a row's time, is an empty field. Multi-dimensional records are flattened, last index fastest.
 */
final class CsvWriter {

    private CsvWriter() {}

    static void write(DataSet data, Path file) throws IOException {
        TimeScale scale = TimeScale.standard();
        List<Variable> variables = data.variables();
        long[] times = unionOfTimes(variables);
        IsoTimeFormat format = IsoTimeFormat.MILLIS.withFractionDigits(fractionDigits(times, scale));
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            StringBuilder line = new StringBuilder(256);
            line.append("time");
            for (Variable v : variables) {
                int size = v.values().recordSize();
                for (int e = 0; e < size; e++) {
                    CsvHeading heading = new CsvHeading(v.name(), v.values().rank() == 0 ? -1 : e, v.metadata().units());
                    line.append(',').append(quoted(heading.format()));
                }
            }
            out.append(line).append('\n');
            int[] next = new int[variables.size()];
            for (long t : times) {
                line.setLength(0);
                format.formatTo(t, scale, line);
                for (int k = 0; k < variables.size(); k++) {
                    Variable v = variables.get(k);
                    int size = v.values().recordSize();
                    boolean present = next[k] < v.records() && v.time().get(next[k]) == t;
                    for (int e = 0; e < size; e++) {
                        line.append(',');
                        if (present) {
                            appendNumber(line, v.values().get(next[k], e), v.values().isSinglePrecision());
                        }
                    }
                    if (present) {
                        next[k]++;
                    }
                }
                out.append(line).append('\n');
            }
        }
    }

    private static long[] unionOfTimes(List<Variable> variables) {
        long[] all = variables.stream().flatMapToLong(v -> Arrays.stream(v.time().toArray())).sorted().toArray();
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[distinct - 1]) {
                all[distinct++] = all[i];
            }
        }
        return Arrays.copyOf(all, distinct);
    }

    private static int fractionDigits(long[] times, TimeScale scale) {
        int digits = 0;
        for (long t : times) {
            long nanoOfSecond = scale.nanoOfDay(t, scale.epochDay(t)) % TimeScale.NANOS_PER_SECOND;
            if (nanoOfSecond % 1_000 != 0) {
                return 9;
            }
            if (nanoOfSecond % 1_000_000 != 0) {
                digits = 6;
            } else if (nanoOfSecond != 0 && digits < 3) {
                digits = 3;
            }
        }
        return digits;
    }

    /** The shortest text that reads back as the value; a float's shortest for float samples (8.349, not 8.348999977111816). */
    private static void appendNumber(StringBuilder line, double value, boolean singlePrecision) {
        if (Double.isNaN(value)) {
            return;
        }
        int start = line.length();
        if (singlePrecision) {
            line.append((float) value);
        } else {
            line.append(value);
        }
        // "3.0" reads back the same as "3"; the shorter is kinder to other readers.
        int n = line.length();
        if (n - start > 2 && line.charAt(n - 2) == '.' && line.charAt(n - 1) == '0') {
            line.setLength(n - 2);
        }
    }

    private static String quoted(String heading) {
        if (heading.indexOf(',') < 0 && heading.indexOf('"') < 0) {
            return heading;
        }
        return '"' + heading.replace("\"", "\"\"") + '"';
    }
}
