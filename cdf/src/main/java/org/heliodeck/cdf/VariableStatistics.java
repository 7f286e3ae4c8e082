package org.heliodeck.cdf;

import java.util.Locale;

/**
 * Count, minimum, maximum and sum of every raw number a variable stores (fill values included,
 * NaN left out, EPOCH16 as its two doubles, nothing for text): a fingerprint of a reader's output
 * that any CDF reader can compute, and so compare with ours.
 */
public record VariableStatistics(String name, CdfDataType type, int[] dims, int records, long count, double min, double max, double sum) {

    /** Reads the whole variable and sums it up. */
    public static VariableStatistics of(CdfFile file, CdfVariable variable) {
        long count = 0;
        double min = Double.NaN;
        double max = Double.NaN;
        double sum = 0;
        if (!variable.type().isText()) {
            CdfData data = file.read(variable);
            for (int i = 0, n = data.size(); i < n; i++) {
                double v = data.number(i);
                if (Double.isNaN(v)) {
                    continue;
                }
                if (count++ == 0) {
                    min = v;
                    max = v;
                } else {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
                sum += v;
            }
        }
        return new VariableStatistics(variable.name(), variable.type(), variable.dims(), variable.records(), count, min, max,
                count == 0 ? Double.NaN : sum);
    }

    /** One JSON object, as {@code heliodeck cdf stats} prints it; absent statistics are {@code null}. */
    public String toJson() {
        StringBuilder out = new StringBuilder(160);
        out.append("{\"name\":\"").append(escape(name)).append("\",\"type\":\"").append(type).append("\",\"dims\":[");
        for (int i = 0; i < dims.length; i++) {
            out.append(i == 0 ? "" : ",").append(dims[i]);
        }
        out.append("],\"records\":").append(records).append(",\"count\":").append(count);
        out.append(",\"min\":").append(number(min)).append(",\"max\":").append(number(max)).append(",\"sum\":").append(number(sum)).append('}');
        return out.toString();
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "null" : Double.isInfinite(v) ? (v > 0 ? "1e999" : "-1e999") : Double.toString(v);
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
