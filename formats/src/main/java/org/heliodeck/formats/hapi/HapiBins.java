package org.heliodeck.formats.hapi;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The bins of one dimension of a HAPI parameter (an element of its {@code bins}): e.g. the energy
 * channels of a spectrum.
 *
 * @param centers the bin centres, when given
 * @param ranges each bin's {@code [min, max]}, when given; a {@link Constant} holds them as
 *     consecutive pairs {@code min0, max0, min1, max1, ...}
 * @param extras other members, by name, each as JSON text
 */
public record HapiBins(
        String name,
        Optional<String> units,
        Optional<String> label,
        Optional<String> description,
        Optional<BinValues> centers,
        Optional<BinValues> ranges,
        Map<String, String> extras) {

    /** Where bin centres or ranges come from. */
    public sealed interface BinValues permits Constant, Reference {}

    /** Bins fixed for the whole dataset; null entries of the JSON read as NaN. */
    public record Constant(List<Double> values) implements BinValues {
        public Constant {
            values = List.copyOf(values);
        }
    }

    /** Bins that vary with time: the values of another parameter of the same dataset, record by record. */
    public record Reference(String parameter) implements BinValues {
        public Reference {
            Objects.requireNonNull(parameter, "parameter");
        }
    }

    public HapiBins {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(centers, "centers");
        Objects.requireNonNull(ranges, "ranges");
        extras = JsonMembers.copyOf(extras);
    }

    /** Bins with constant centres and optional constant ranges ({@code lower[i]}, {@code upper[i]}). */
    public static HapiBins constant(String name, String units, double[] centres, Optional<double[][]> lowerUpper) {
        return new HapiBins(name, Optional.of(units).filter(u -> !u.isEmpty()), Optional.empty(), Optional.empty(),
                Optional.of(new Constant(boxed(centres))),
                lowerUpper.map(r -> new Constant(pairs(r[0], r[1]))), Map.of());
    }

    /** Time-varying bins whose centres (and optionally ranges) are the parameters so named. */
    public static HapiBins timeVarying(String name, String units, String centresParameter,
            Optional<String> rangesParameter) {
        return new HapiBins(name, Optional.of(units).filter(u -> !u.isEmpty()), Optional.empty(), Optional.empty(),
                Optional.of(new Reference(centresParameter)), rangesParameter.map(Reference::new), Map.of());
    }

    public HapiBins withLabel(Optional<String> newLabel) {
        return new HapiBins(name, units, newLabel, description, centers, ranges, extras);
    }

    private static List<Double> boxed(double[] values) {
        Double[] out = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return List.of(out);
    }

    private static List<Double> pairs(double[] lower, double[] upper) {
        Double[] out = new Double[2 * lower.length];
        for (int i = 0; i < lower.length; i++) {
            out[2 * i] = lower[i];
            out[2 * i + 1] = upper[i];
        }
        return List.of(out);
    }
}
