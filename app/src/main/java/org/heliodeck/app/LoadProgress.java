package org.heliodeck.app;

import java.util.List;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;

/**
 * How far one product's loading is: fragments in out of all fetched, and the bytes of data they
 * hold in memory.
 */
record LoadProgress(String product, TimeRange range, int done, int total, long bytes) {

    /** The bytes a fragment's variables take as arrays: the times and the values. */
    static long bytesOf(List<Variable> variables) {
        long bytes = 0;
        for (Variable v : variables) {
            long records = v.records();
            bytes += records * Long.BYTES
                    + records * v.values().recordSize() * (v.values().isSinglePrecision() ? Float.BYTES : Double.BYTES);
        }
        return bytes;
    }

    boolean finished() {
        return done >= total;
    }

    double fraction() {
        return total == 0 ? 1 : (double) done / total;
    }

    /** "omni2/omni2_hourly/N_p: 3/8 fragments, 1.2 MB". */
    String describe() {
        return product + ": " + done + "/" + total + " fragments, " + size(bytes);
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(java.util.Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
