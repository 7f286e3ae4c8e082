package org.heliodeck.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The bins of one non-time dimension of a variable (CDF DEPEND_1/2, HAPI bins): e.g. the energy
 * channels of a spectrogram. Bins are either constant, or time-varying with one set per record
 * (a sweep that changes with the instrument mode).
 *
 * @param name e.g. {@code energy}
 * @param units e.g. {@code keV}
 * @param label e.g. {@code Energy}
 * @param scale how the bins are best laid out
 * @param timeVarying whether {@code centres} (and {@code ranges}) hold one record per variable record,
 *     rather than a single record
 * @param centres bin centres: records of shape {@code [size]}
 * @param ranges each bin's lower and upper bounds, laid out as {@code centres}, when the source gives them
 */
public record Axis(
        String name,
        String units,
        String label,
        ScaleType scale,
        boolean timeVarying,
        Values centres,
        Optional<Ranges> ranges) {

    /** The lower and upper bounds of each bin, shaped as the axis centres. */
    public record Ranges(Values lower, Values upper) {}

    public Axis {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(scale, "scale");
        if (centres.rank() != 1) {
            throw new IllegalArgumentException("bin centres of axis '" + name + "' must have one dimension, not shape "
                    + Arrays.toString(centres.shape()));
        }
        if (!timeVarying && centres.records() != 1) {
            throw new IllegalArgumentException("constant axis '" + name + "' has " + centres.records()
                    + " records of bin centres instead of 1");
        }
        ranges.ifPresent(r -> {
            if (!shapedAlike(r.lower(), centres) || !shapedAlike(r.upper(), centres)) {
                throw new IllegalArgumentException("bin ranges of axis '" + name + "' are not shaped as its "
                        + centres.records() + " x " + centres.recordSize() + " centres");
            }
        });
    }

    /** Constant bins with the given centres. */
    public static Axis constant(String name, String units, String label, ScaleType scale, double[] centres) {
        return new Axis(name, units, label, scale, false, Values.of(centres, centres.length), Optional.empty());
    }

    /** Bins that change with time: {@code centres} holds one record of bin centres per variable record. */
    public static Axis timeVarying(String name, String units, String label, ScaleType scale, Values centres) {
        return new Axis(name, units, label, scale, true, centres, Optional.empty());
    }

    /** This axis with bin bounds, laid out as the centres. */
    public Axis withRanges(Values lower, Values upper) {
        return new Axis(name, units, label, scale, timeVarying, centres, Optional.of(new Ranges(lower, upper)));
    }

    /** Number of bins. */
    public int size() {
        return centres.recordSize();
    }

    /** Centre of bin {@code bin} at variable record {@code record} (any record, for constant bins). */
    public double centre(int record, int bin) {
        return centres.get(timeVarying ? record : 0, bin);
    }

    /**
     * This axis with {@code perRecord} applied to its time-varying centres and ranges, so that it
     * follows whatever was done to the variable's records (slice, reorder, resample); a constant
     * axis is returned as is.
     */
    Axis followingRecords(UnaryOperator<Values> perRecord) {
        if (!timeVarying) {
            return this;
        }
        return new Axis(name, units, label, scale, true, perRecord.apply(centres),
                ranges.map(r -> new Ranges(perRecord.apply(r.lower()), perRecord.apply(r.upper()))));
    }

    /** The axis of merged fragments: their time-varying bins taken in the order of {@code plan}. */
    static Axis merged(List<Axis> fragments, MergePlan plan) {
        Axis first = fragments.getFirst();
        if (!first.timeVarying) {
            return first;
        }
        return new Axis(first.name, first.units, first.label, first.scale, true,
                Values.merged(fragments.stream().map(Axis::centres).toList(), plan),
                first.ranges.map(r -> new Ranges(
                        Values.merged(fragments.stream().map(a -> a.ranges.orElseThrow().lower()).toList(), plan),
                        Values.merged(fragments.stream().map(a -> a.ranges.orElseThrow().upper()).toList(), plan))));
    }

    /**
     * True when fragments with these two axes can be joined: the same description and, for
     * constant bins, the same bins; time-varying bins need only the same layout.
     */
    boolean joinsWith(Axis other) {
        boolean sameDescription = name.equals(other.name) && units.equals(other.units) && label.equals(other.label)
                && scale == other.scale && timeVarying == other.timeVarying;
        if (!sameDescription || !timeVarying) {
            return sameDescription && equals(other);
        }
        return centres.sameLayout(other.centres)
                && ranges.isPresent() == other.ranges.isPresent()
                && ranges.map(r -> r.lower().sameLayout(other.ranges.orElseThrow().lower())
                        && r.upper().sameLayout(other.ranges.orElseThrow().upper())).orElse(true);
    }

    private static boolean shapedAlike(Values a, Values b) {
        return a.records() == b.records() && Arrays.equals(a.shape(), b.shape());
    }
}
