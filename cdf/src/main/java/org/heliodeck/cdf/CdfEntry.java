package org.heliodeck.cdf;

import java.util.Arrays;

/**
 * One attribute entry: a string for text types, else numbers. Integers and TT2000 keep all their
 * bits as longs (UINT4 included); floating types and EPOCH are doubles; EPOCH16 is two doubles per value.
 */
public final class CdfEntry {

    private final CdfDataType type;
    private final String text;
    private final long[] integers;
    private final double[] reals;

    private CdfEntry(CdfDataType type, String text, long[] integers, double[] reals) {
        this.type = type;
        this.text = text;
        this.integers = integers;
        this.reals = reals;
    }

    static CdfEntry text(CdfDataType type, String text) {
        return new CdfEntry(type, text, null, null);
    }

    static CdfEntry integers(CdfDataType type, long[] values) {
        return new CdfEntry(type, null, values, null);
    }

    static CdfEntry reals(CdfDataType type, double[] values) {
        return new CdfEntry(type, null, null, values);
    }

    /** A CDF_CHAR entry. */
    public static CdfEntry of(String text) {
        return text(CdfDataType.CHAR, text);
    }

    /** A numeric entry of a floating type (REAL4, REAL8, FLOAT, DOUBLE, EPOCH, EPOCH16 as pairs). */
    public static CdfEntry of(CdfDataType type, double... values) {
        if (type.isText() || !(type == CdfDataType.REAL4 || type == CdfDataType.REAL8 || type == CdfDataType.FLOAT
                || type == CdfDataType.DOUBLE || type == CdfDataType.EPOCH || type == CdfDataType.EPOCH16)) {
            throw new IllegalArgumentException(type + " is not a floating-point type");
        }
        return reals(type, values.clone());
    }

    /** A numeric entry of an integer type or TIME_TT2000. */
    public static CdfEntry of(CdfDataType type, long... values) {
        if (type.isText() || type == CdfDataType.REAL4 || type == CdfDataType.REAL8 || type == CdfDataType.FLOAT
                || type == CdfDataType.DOUBLE || type == CdfDataType.EPOCH || type == CdfDataType.EPOCH16) {
            throw new IllegalArgumentException(type + " is not an integer type");
        }
        return integers(type, values.clone());
    }

    public CdfDataType type() {
        return type;
    }

    public boolean isText() {
        return text != null;
    }

    /** The text of a CHAR/UCHAR entry. */
    public String text() {
        if (text == null) {
            throw new IllegalStateException("a " + type + " entry holds numbers, not text");
        }
        return text;
    }

    /** How many numbers the entry holds (EPOCH16 counts two per value); 0 for text. */
    public int count() {
        return text != null ? 0 : integers != null ? integers.length : reals.length;
    }

    /** The {@code i}-th number as a double (exact for integers up to 2^53). */
    public double number(int i) {
        return integers != null ? integers[i] : reals[i];
    }

    /** The {@code i}-th number of an integer or TT2000 entry, exactly. */
    public long integer(int i) {
        if (integers == null) {
            throw new IllegalStateException("a " + type + " entry holds no integers");
        }
        return integers[i];
    }

    /** A copy of the numbers as doubles. */
    public double[] numbers() {
        double[] out = new double[count()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(i);
        }
        return out;
    }

    @Override
    public String toString() {
        if (text != null) {
            return '"' + text + '"';
        }
        return integers != null ? Arrays.toString(integers) : Arrays.toString(reals);
    }
}
