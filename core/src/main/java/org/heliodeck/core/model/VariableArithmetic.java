package org.heliodeck.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.DoubleBinaryOperator;

/**
 * Element-wise arithmetic between two variables that may have different time axes: the second
 * is first interpolated onto the first's times (see {@link Interpolator} for where that gives NaN).
 * The second may also be a scalar, combined with every element of the first (e.g. a vector
 * divided by a density).
 */
public final class VariableArithmetic {

    /** The four operations, with how each combines units. */
    public enum Operation implements DoubleBinaryOperator {
        ADD("+") {
            @Override
            public double applyAsDouble(double a, double b) {
                return a + b;
            }
        },
        SUBTRACT("-") {
            @Override
            public double applyAsDouble(double a, double b) {
                return a - b;
            }
        },
        MULTIPLY("*") {
            @Override
            public double applyAsDouble(double a, double b) {
                return a * b;
            }
        },
        DIVIDE("/") {
            @Override
            public double applyAsDouble(double a, double b) {
                return a / b;
            }
        };

        private final String symbol;

        Operation(String symbol) {
            this.symbol = symbol;
        }

        String units(String a, String b) {
            return switch (this) {
                case ADD, SUBTRACT -> a;
                case MULTIPLY -> a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b;
                case DIVIDE -> b.isEmpty() ? a : (a.isEmpty() ? "1" : a) + "/(" + b + ")";
            };
        }
    }

    private final Interpolator interpolator;

    public VariableArithmetic(Interpolator interpolator) {
        this.interpolator = interpolator;
    }

    /**
     * {@code a op b} at each time of {@code a}; the result keeps {@code a}'s time axis, bins and
     * metadata, with units and label combined and no valid range.
     *
     * @throws IllegalArgumentException when the record shapes differ and {@code b} is not a scalar
     */
    public Variable apply(Variable a, Operation op, Variable b) {
        Values av = a.values();
        int size = av.recordSize();
        boolean broadcast = b.values().recordSize() == 1;
        if (!broadcast && !Arrays.equals(av.shape(), b.values().shape())) {
            throw new IllegalArgumentException("cannot " + op.name().toLowerCase(Locale.ROOT) + " '" + a.name()
                    + "' (record shape " + Arrays.toString(av.shape()) + ") and '" + b.name() + "' (record shape "
                    + Arrays.toString(b.values().shape()) + "): the shapes differ and the second is not a scalar");
        }
        Values bv = interpolator.interpolate(b.time(), b.values(), a.time());
        double[] out = new double[Math.multiplyExact(a.records(), size)];
        for (int r = 0; r < a.records(); r++) {
            for (int e = 0; e < size; e++) {
                out[r * size + e] = op.applyAsDouble(av.get(r, e), bv.get(r, broadcast ? 0 : e));
            }
        }
        Metadata metadata = a.metadata().toBuilder()
                .units(op.units(a.metadata().units(), b.metadata().units()))
                .label(a.metadata().label() + " " + op.symbol + " " + b.metadata().label())
                .validRange(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)
                .build();
        return new Variable(a.product(), a.name() + " " + op.symbol + " " + b.name(), a.time(),
                Values.of(out, av.shape()), a.axes(), metadata);
    }
}
