package org.heliodeck.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.heliodeck.core.time.TimeRange;

/**
 * One physical quantity of one data product over time: strictly increasing TT2000 record times,
 * a block of samples per record, an {@link Axis} per non-time dimension and {@link Metadata}.
 *
 * <p>Immutable, and deliberately not a record: its arrays would make a record's equality mean
 * identity. Bulk data stays in primitive arrays; slices and components are views that share them.
 * Missing data is NaN: fill and out-of-range samples are replaced once, when built by {@link #of}.
 */
public final class Variable {

    private final String product;
    private final String name;
    private final TimeAxis time;
    private final Values values;
    private final List<Axis> axes;
    private final Metadata metadata;

    Variable(String product, String name, TimeAxis time, Values values, List<Axis> axes, Metadata metadata) {
        this.product = Objects.requireNonNull(product, "product");
        this.name = Objects.requireNonNull(name, "name");
        this.time = time;
        this.values = values;
        this.axes = List.copyOf(axes);
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        checkConsistent(name, time.size(), values, this.axes);
    }

    /**
     * Builds a variable from raw input, adopting the arrays without copying where it can.
     *
     * <p>Normalises the records: drops those whose time is {@link Long#MIN_VALUE} (the CDF TT2000
     * fill), stably sorts the rest by time and, of records sharing a time, keeps the last. Then
     * replaces samples equal to the metadata's fill value or outside its valid range with NaN. When
     * the times are already normalised, {@code times} and the arrays behind {@code values} become
     * the variable's own: the masking writes NaN into them, and the caller must not change them.
     *
     * @param times TT2000 nanoseconds, one per record of {@code values}
     * @param axes one per dimension of a record of {@code values}, sized as that dimension; or none,
     *     when the elements are plain components without bins
     * @throws IllegalArgumentException when the sizes of times, values and axes do not agree
     */
    public static Variable of(String product, String name, long[] times, Values values, List<Axis> axes,
            Metadata metadata) {
        checkConsistent(name, times.length, values, axes);
        int[] kept = RecordOrder.normalising(times);
        Variable variable = kept == null
                ? new Variable(product, name, TimeAxis.trusted(times), values, axes, metadata)
                : new Variable(product, name, TimeAxis.trusted(gatherTimes(times, kept)), values.gather(kept),
                        axes.stream().map(a -> a.followingRecords(v -> v.gather(kept))).toList(), metadata);
        if (metadata.masksValues()) {
            variable.values.maskInPlace(metadata.fillValue(), metadata.validMin(), metadata.validMax());
        }
        return variable;
    }

    /** The data product (dataset) this variable belongs to, e.g. {@code AC_H0_MFI}. */
    public String product() {
        return product;
    }

    public String name() {
        return name;
    }

    public TimeAxis time() {
        return time;
    }

    public Values values() {
        return values;
    }

    /** One axis per dimension of a record, in order; empty when the dimensions have no bins (a plain vector). */
    public List<Axis> axes() {
        return axes;
    }

    public Metadata metadata() {
        return metadata;
    }

    public int records() {
        return time.size();
    }

    /** The records whose time lies in {@code range} (half-open), as a view sharing this variable's arrays. */
    public Variable slice(TimeRange range) {
        int from = time.indexAtOrAfter(range.start());
        int to = time.indexAtOrAfter(range.stop());
        return sliceRecords(from, to);
    }

    /** Records {@code [from, to)} as a view sharing this variable's arrays. */
    Variable sliceRecords(int from, int to) {
        if (from == 0 && to == records()) {
            return this;
        }
        return new Variable(product, name, time.slice(from, to), values.slice(from, to),
                axes.stream().map(a -> a.followingRecords(v -> v.slice(from, to))).toList(), metadata);
    }

    /**
     * Component {@code index} of a one-dimensional variable (a vector, or one channel of a
     * spectrogram), as a scalar view sharing this variable's array.
     *
     * @throws IllegalArgumentException when this variable is not one-dimensional or has no such component
     */
    public Variable component(int index) {
        requireVector("a component");
        if (index < 0 || index >= values.recordSize()) {
            throw new IllegalArgumentException("'" + name + "' has " + values.recordSize() + " components, no component "
                    + index);
        }
        List<String> labels = metadata.componentLabels();
        String label = index < labels.size() ? labels.get(index) : metadata.label() + "[" + index + "]";
        Metadata scalar = metadata.toBuilder().label(label).componentLabels(List.of()).build();
        return new Variable(product, name + "[" + index + "]", time, values.element(index), List.of(), scalar);
    }

    /**
     * The component whose label (in {@link Metadata#componentLabels()}) is {@code label}.
     *
     * @throws IllegalArgumentException when no component has that label
     */
    public Variable component(String label) {
        int index = metadata.componentLabels().indexOf(label);
        if (index < 0) {
            throw new IllegalArgumentException("'" + name + "' has no component '" + label + "' (components: "
                    + String.join(", ", metadata.componentLabels()) + ")");
        }
        return component(index);
    }

    /**
     * The Euclidean norm of each record of a vector variable; NaN where any component is NaN.
     *
     * @throws IllegalArgumentException when this variable is not a vector (one-dimensional)
     */
    public Variable magnitude() {
        requireVector("a magnitude");
        Metadata norm = metadata.toBuilder()
                .label("|" + metadata.label() + "|")
                .componentLabels(List.of())
                .validRange(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)
                .build();
        return DerivedVariable.of(name + "_magnitude", norm, record -> {
            double sum = 0;
            for (int e = 0; e < record.size(0); e++) {
                double v = record.get(0, e);
                sum += v * v;
            }
            return Math.sqrt(sum);
        }, this);
    }

    @Override
    public String toString() {
        return product + "/" + name + "[" + records() + " records of shape " + Arrays.toString(values.shape()) + "]";
    }

    private void requireVector(String what) {
        if (values.rank() != 1) {
            throw new IllegalArgumentException(what + " needs a one-dimensional (vector) variable; '" + name
                    + "' has record shape " + Arrays.toString(values.shape()));
        }
    }

    private static long[] gatherTimes(long[] times, int[] kept) {
        long[] out = new long[kept.length];
        for (int i = 0; i < kept.length; i++) {
            out[i] = times[kept[i]];
        }
        return out;
    }

    private static void checkConsistent(String name, int records, Values values, List<Axis> axes) {
        if (values.records() != records) {
            throw new IllegalArgumentException("'" + name + "' has " + records + " times but " + values.records()
                    + " records of values");
        }
        int[] shape = values.shape();
        if (!axes.isEmpty() && axes.size() != shape.length) {
            throw new IllegalArgumentException("'" + name + "' has " + axes.size() + " axes for record shape "
                    + Arrays.toString(shape));
        }
        for (int d = 0; d < axes.size(); d++) {
            Axis axis = axes.get(d);
            if (axis.size() != shape[d]) {
                throw new IllegalArgumentException("axis '" + axis.name() + "' of '" + name + "' has " + axis.size()
                        + " bins but dimension " + d + " has size " + shape[d]);
            }
            if (axis.timeVarying() && axis.centres().records() != records) {
                throw new IllegalArgumentException("time-varying axis '" + axis.name() + "' of '" + name + "' has "
                        + axis.centres().records() + " records of bins for " + records + " records");
            }
        }
    }
}
