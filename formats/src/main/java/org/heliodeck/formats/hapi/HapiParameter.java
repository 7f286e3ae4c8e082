package org.heliodeck.formats.hapi;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One parameter of a HAPI dataset, as its info describes it.
 *
 * <p>{@code units} and {@code label} may be one string for the whole parameter or an array with a
 * string per element; both are held as lists: empty when absent or null, one entry for a single
 * string, several for an array (nested arrays of a multi-dimensional parameter flattened, last index
 * fastest; null entries read as ""). They are written back as a string when they hold one entry.
 *
 * @param type the type as spelled, kept even when it is none of the four the specification defines
 *     (CDAWeb's prototype server says {@code unknown}); see {@link #knownType()}
 * @param size the dimensions of one record; empty for a scalar
 * @param fill the fill value as written (a string in HAPI 2 and later); empty when null
 * @param length the length of a {@code string} or {@code isotime} value, in bytes
 * @param bins one entry per dimension of {@code size}, or none
 * @param extras other members, by name, each as JSON text
 */
public record HapiParameter(
        String name,
        String type,
        List<String> units,
        List<Integer> size,
        Optional<String> fill,
        OptionalInt length,
        List<HapiBins> bins,
        List<String> label,
        Optional<String> description,
        Map<String, String> extras) {

    public HapiParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        units = List.copyOf(units);
        size = List.copyOf(size);
        Objects.requireNonNull(fill, "fill");
        Objects.requireNonNull(length, "length");
        bins = List.copyOf(bins);
        label = List.copyOf(label);
        Objects.requireNonNull(description, "description");
        extras = JsonMembers.copyOf(extras);
    }

    /** A parameter with only the members HAPI requires: name, type, units, fill, and size or length where they apply. */
    public static HapiParameter of(String name, HapiType type, String units, Optional<String> fill, int... size) {
        return new HapiParameter(name, type.wireName(), units.isEmpty() ? List.of() : List.of(units), sizeList(size),
                fill, OptionalInt.empty(), List.of(), List.of(), Optional.empty(), Map.of());
    }

    /** The type, when it is one the specification defines. */
    public Optional<HapiType> knownType() {
        return HapiType.of(type);
    }

    /** The dimensions of one record as an array; empty for a scalar. */
    public int[] shape() {
        return size.stream().mapToInt(Integer::intValue).toArray();
    }

    public HapiParameter withLength(int bytes) {
        return new HapiParameter(name, type, units, size, fill, OptionalInt.of(bytes), bins, label, description, extras);
    }

    public HapiParameter withBins(List<HapiBins> newBins) {
        return new HapiParameter(name, type, units, size, fill, length, newBins, label, description, extras);
    }

    public HapiParameter withLabel(List<String> newLabel) {
        return new HapiParameter(name, type, units, size, fill, length, bins, newLabel, description, extras);
    }

    public HapiParameter withDescription(Optional<String> newDescription) {
        return new HapiParameter(name, type, units, size, fill, length, bins, label, newDescription, extras);
    }

    private static List<Integer> sizeList(int[] size) {
        Integer[] boxed = new Integer[size.length];
        for (int i = 0; i < size.length; i++) {
            boxed[i] = size[i];
        }
        return List.of(boxed);
    }
}
