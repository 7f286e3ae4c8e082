package org.heliodeck.cdf;

import java.util.Arrays;
import java.util.Map;

/**
 * A variable's description, read from its VDR and its attribute entries; its values are read on
 * demand through {@link CdfFile#read}.
 *
 * @param dims sizes of the dimensions that vary within a record (a non-varying dimension holds one value)
 * @param maxRecord the last record written, -1 when none
 * @param elements elements per value: characters for text types, 1 for numbers
 */
public record CdfVariable(
        String name,
        int number,
        boolean zVariable,
        CdfDataType type,
        int elements,
        int[] dims,
        boolean recordVarying,
        int maxRecord,
        Sparseness sparseness,
        boolean compressed,
        Map<String, CdfEntry> attributes) {

    /** How records missing from the file read. */
    public enum Sparseness {
        /** Missing records read as the pad value. */
        NONE,
        /** Missing records read as the pad value. */
        PAD,
        /** Missing records read as the record before them (the pad value when there is none). */
        PREVIOUS
    }

    public CdfVariable {
        dims = dims.clone();
        attributes = Map.copyOf(attributes);
    }

    @Override
    public int[] dims() {
        return dims.clone();
    }

    /** Records a full read returns: the last record written plus one (one for a non-varying variable with data). */
    public int records() {
        return maxRecord < 0 ? 0 : recordVarying ? maxRecord + 1 : 1;
    }

    /** Values per record: the product of {@link #dims()} (a text value counts as one). */
    public int valuesPerRecord() {
        int n = 1;
        for (int d : dims) {
            n *= d;
        }
        return n;
    }

    /** The attribute entry of this variable, if it has one. */
    public CdfEntry attribute(String attributeName) {
        return attributes.get(attributeName);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CdfVariable v && v.name.equals(name) && v.zVariable == zVariable && v.number == number
                && Arrays.equals(v.dims, dims) && v.type == type;
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + number;
    }

    @Override
    public String toString() {
        return name + " (" + type + Arrays.toString(dims) + ", " + records() + " records)";
    }
}
