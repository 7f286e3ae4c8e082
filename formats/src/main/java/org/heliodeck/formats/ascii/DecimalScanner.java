package org.heliodeck.formats.ascii;

import java.nio.charset.StandardCharsets;

/**
 * Reads a decimal number from ASCII bytes without allocating, for the common case of text data
 * files: {@code [sign] digits [. digits] [e|E [sign] digits]} with at most 18 digits
 * and a result that one IEEE multiplication or division produces exactly (Clinger's fast path:
 * a mantissa up to 2⁵³ and a power of ten up to 10²²). Everything else — more digits, huge
 * exponents, {@code Infinity}, hexadecimal — goes to {@link Double#parseDouble}, so the result is
 * always the double that {@code Double.parseDouble} gives for the same text. {@code nan} and
 * {@code inf} in any case, as C programs print them, are read as NaN and infinity too.
 */
final class DecimalScanner {

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };
    private static final long LARGEST_EXACT_MANTISSA = 1L << 53;
    private static final int MAX_DIGITS = 18;
    private static final int MAX_EXPONENT_DIGITS = 4;

    private DecimalScanner() {}

    /**
     * The number written in {@code bytes[from, to)}.
     *
     * @throws NumberFormatException when the text is not a number
     */
    static double parse(byte[] bytes, int from, int to) {
        int i = from;
        if (i < to && (bytes[i] == '-' || bytes[i] == '+')) {
            i++;
        }
        boolean negative = i > from && bytes[from] == '-';
        int digitsFrom = i;
        int point = -1;
        long mantissa = 0;
        for (; i < to; i++) {
            int d = bytes[i] - '0';
            if (d >= 0 && d <= 9) {
                mantissa = mantissa * 10 + d;
            } else if (bytes[i] == '.' && point < 0) {
                point = i;
            } else {
                break;
            }
        }
        int digits = i - digitsFrom - (point < 0 ? 0 : 1);
        // Past 18 digits (leading zeros included) the long may have wrapped: leave those to the JDK.
        if (digits == 0 || digits > MAX_DIGITS) {
            return slowParse(bytes, from, to);
        }
        int exponent = point < 0 ? 0 : point + 1 - i;
        if (i < to && (bytes[i] == 'e' || bytes[i] == 'E')) {
            i++;
            boolean negativeExponent = i < to && bytes[i] == '-';
            if (i < to && (bytes[i] == '-' || bytes[i] == '+')) {
                i++;
            }
            int start = i;
            int e = 0;
            for (; i < to; i++) {
                int d = bytes[i] - '0';
                if (d < 0 || d > 9 || i - start == MAX_EXPONENT_DIGITS) {
                    break;
                }
                e = e * 10 + d;
            }
            if (i == start) {
                return slowParse(bytes, from, to);
            }
            exponent += negativeExponent ? -e : e;
        }
        if (i != to || mantissa > LARGEST_EXACT_MANTISSA) {
            return slowParse(bytes, from, to);
        }
        double value;
        if (mantissa == 0 || exponent == 0) {
            value = mantissa;
        } else if (exponent > 0 && exponent < POWERS_OF_TEN.length) {
            value = mantissa * POWERS_OF_TEN[exponent];
        } else if (exponent < 0 && -exponent < POWERS_OF_TEN.length) {
            value = mantissa / POWERS_OF_TEN[-exponent];
        } else {
            return slowParse(bytes, from, to);
        }
        return negative ? -value : value;
    }

    /** Whether {@code bytes[from, to)} is a number {@link #parse} accepts. */
    static boolean isNumber(byte[] bytes, int from, int to) {
        try {
            parse(bytes, from, to);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static double slowParse(byte[] bytes, int from, int to) {
        String text = new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        String unsigned = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        if (unsigned.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        if (unsigned.equalsIgnoreCase("inf") || unsigned.equalsIgnoreCase("infinity")) {
            return text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (!text.equals(text.strip())) {
            // parseDouble would quietly trim; a field never holds blanks around a number.
            throw new NumberFormatException("'" + text + "' is not a number");
        }
        return Double.parseDouble(text);
    }
}
