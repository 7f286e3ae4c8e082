package org.heliodeck.plot.axis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.DoubleStream;
import org.heliodeck.plot.ValueMapping;

/**
 * The ticks of a value axis. Linear axes get "nice" steps (1, 2 or 5 times a power of ten) whose
 * tick values are computed in decimal, so that labels read {@code 0.3}, never
 * {@code 0.30000000000000004}; magnitudes of a million and more, or below a thousandth, are
 * written {@code 2.5×10⁶}. Log axes get a tick per decade (or every second, fifth… decade when
 * they are crowded) with minor ticks at 2..9 times each decade, labelled plainly from 0.01 to
 * 10000 and {@code 10ⁿ} beyond; a log axis narrower than two decades falls back to linear steps.
 */
public final class NumericTicks {

    private static final int[] NICE = {1, 2, 5, 10};
    private static final double PLAIN_LOG_MIN = 0.01;
    private static final double PLAIN_LOG_MAX = 10_000;
    private static final double SCIENTIFIC_FROM = 1e6;
    private static final double SCIENTIFIC_BELOW = 1e-3;
    /** Pixels a decade needs before its 2..9 minor ticks stop crowding (9 to 10 is 4.6 % of a decade). */
    private static final double MINOR_DECADE_PX = 40;

    private final double[] major;
    private final List<String> labels;
    private final double[] minor;

    private NumericTicks(double[] major, List<String> labels, double[] minor) {
        this.major = major;
        this.labels = labels;
        this.minor = minor;
    }

    /** Ticks for the range and orientation of {@code mapping}, at least {@code minSpacingPx} apart. */
    public static NumericTicks of(ValueMapping mapping, double minSpacingPx) {
        return mapping.log()
                ? log(mapping.min(), mapping.max(), mapping.height(), minSpacingPx)
                : linear(mapping.min(), mapping.max(), mapping.height(), minSpacingPx);
    }

    /**
     * Linear ticks in {@code [min, max]} spread over {@code lengthPx}, at least {@code minSpacingPx}
     * apart; on an axis so short that such a step would leave a single tick, closer ones (down to
     * half the spacing) so that the scale can be read.
     */
    public static NumericTicks linear(double min, double max, double lengthPx, double minSpacingPx) {
        checkRange(min, max, lengthPx, false);
        double slots = Math.max(1, Math.floor(lengthPx / minSpacingPx));
        double raw = (max - min) / slots;
        int exponent = (int) Math.floor(Math.log10(raw));
        int mantissa = 10;
        for (int m : NICE) {
            if (m * Math.pow(10, exponent) >= raw * (1 - 1e-9)) {
                mantissa = m;
                break;
            }
        }
        if (mantissa == 10) {
            mantissa = 1;
            exponent++;
        }
        List<BigDecimal> values = multiples(BigDecimal.valueOf(mantissa).scaleByPowerOfTen(exponent), min, max);
        // A short axis may have room for one step that holds no multiple: closer ticks beat none, down to half the spacing.
        double pxPerUnit = lengthPx / (max - min);
        while (values.size() < 2) {
            int finerExponent = mantissa == 1 ? exponent - 1 : exponent;
            int finer = smaller(mantissa);
            if (finer * Math.pow(10, finerExponent) * pxPerUnit < 0.5 * minSpacingPx) {
                break;
            }
            mantissa = finer;
            exponent = finerExponent;
            values = multiples(BigDecimal.valueOf(mantissa).scaleByPowerOfTen(exponent), min, max);
        }
        BigDecimal step = BigDecimal.valueOf(mantissa).scaleByPowerOfTen(exponent);
        boolean scientific = scientific(Math.max(Math.abs(min), Math.abs(max)));
        double[] major = values.stream().mapToDouble(BigDecimal::doubleValue).toArray();
        List<String> labels = values.stream().map(v -> label(v, scientific)).toList();
        BigDecimal minorStep = step.divide(BigDecimal.valueOf(mantissa == 2 ? 4 : 5));
        double[] minor = multiples(minorStep, min, max).stream()
                .filter(v -> v.remainder(step).signum() != 0)
                .mapToDouble(BigDecimal::doubleValue).toArray();
        return new NumericTicks(major, labels, minor);
    }

    /** Logarithmic ticks in {@code [min, max]} ({@code min > 0}) spread over {@code lengthPx}, at least {@code minSpacingPx} apart. */
    public static NumericTicks log(double min, double max, double lengthPx, double minSpacingPx) {
        checkRange(min, max, lengthPx, true);
        double decadesShown = Math.log10(max) - Math.log10(min);
        double pxPerDecade = lengthPx / decadesShown;
        int first = (int) Math.ceil(Math.log10(min) - 1e-9);
        int last = (int) Math.floor(Math.log10(max) + 1e-9);
        int stride = 1;
        for (int s = 0; stride * pxPerDecade < minSpacingPx; s++) {
            stride = NICE[s % 3] * (int) Math.pow(10, s / 3);
        }
        List<Double> major = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        DoubleStream.Builder minor = DoubleStream.builder();
        for (int n = first; n <= last; n++) {
            double decade = decade(n);
            if (Math.floorMod(n, stride) == 0) {
                major.add(decade);
                labels.add(decade >= PLAIN_LOG_MIN && decade <= PLAIN_LOG_MAX
                        ? BigDecimal.ONE.scaleByPowerOfTen(n).stripTrailingZeros().toPlainString()
                        : "10" + superscript(n));
            } else if (pxPerDecade >= 4) {
                minor.add(decade);
            }
        }
        if (major.size() < 2) {
            return linear(min, max, lengthPx, minSpacingPx);
        }
        if (stride == 1 && pxPerDecade >= MINOR_DECADE_PX) {
            for (int n = first - 1; n <= last; n++) {
                for (int m = 2; m <= 9; m++) {
                    double v = BigDecimal.valueOf(m).scaleByPowerOfTen(n).doubleValue();
                    if (v >= min && v <= max) {
                        minor.add(v);
                    }
                }
            }
        }
        return new NumericTicks(major.stream().mapToDouble(Double::doubleValue).toArray(),
                Collections.unmodifiableList(labels), minor.build().sorted().toArray());
    }

    /** Major tick values, increasing. */
    public double[] major() {
        return major.clone();
    }

    /** The label of each major tick. */
    public List<String> labels() {
        return labels;
    }

    /** Minor tick values, increasing, where no major tick is. */
    public double[] minor() {
        return minor.clone();
    }

    private static void checkRange(double min, double max, double lengthPx, boolean log) {
        if (!(max > min) || Double.isInfinite(max - min) || !(lengthPx > 0) || log && !(min > 0)) {
            throw new IllegalArgumentException("no " + (log ? "log " : "") + "ticks for [" + min + ", " + max + "] over "
                    + lengthPx + " pixels");
        }
    }

    /** The multiples of {@code step} in {@code [min, max]} (ends included, with a hair of rounding tolerance). */
    private static List<BigDecimal> multiples(BigDecimal step, double min, double max) {
        double s = step.doubleValue();
        double slack = (max - min) * 1e-9;
        long from = (long) Math.ceil((min - slack) / s);
        long to = (long) Math.floor((max + slack) / s);
        List<BigDecimal> values = new ArrayList<>((int) Math.max(0, Math.min(to - from + 1, 10_000)));
        for (long k = from; k <= to && values.size() < 10_000; k++) {
            values.add(BigDecimal.valueOf(k).multiply(step));
        }
        return values;
    }

    /** The nice mantissa below {@code mantissa} (1 → 5 of the decade below). */
    private static int smaller(int mantissa) {
        return mantissa == 5 ? 2 : mantissa == 2 ? 1 : 5;
    }

    private static double decade(int n) {
        return BigDecimal.ONE.scaleByPowerOfTen(n).doubleValue();
    }

    private static boolean scientific(double magnitude) {
        return magnitude >= SCIENTIFIC_FROM || magnitude > 0 && magnitude < SCIENTIFIC_BELOW;
    }

    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** An exponent as superscript characters ({@code -3} → {@code ⁻³}), as it is printed in papers. */
    static String superscript(int exponent) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(exponent).toCharArray()) {
            out.append(c == '-' ? '⁻' : SUPERSCRIPT_DIGITS.charAt(c - '0'));
        }
        return out.toString();
    }

    /** A tick value as text: plain ({@code 0.25}, {@code -40}) or {@code 2.5×10⁶}. */
    static String label(BigDecimal value, boolean scientific) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal v = value.stripTrailingZeros();
        if (!scientific) {
            return v.toPlainString();
        }
        int exponent = v.precision() - v.scale() - 1;
        BigDecimal mantissa = v.scaleByPowerOfTen(-exponent).stripTrailingZeros();
        return (mantissa.compareTo(BigDecimal.ONE) == 0 ? "" : mantissa.toPlainString() + "×") + "10" + superscript(exponent);
    }
}
