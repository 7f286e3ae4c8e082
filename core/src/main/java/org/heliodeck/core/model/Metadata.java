package org.heliodeck.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a variable's numbers mean and how to show them. Immutable; build one with {@link #builder()},
 * or change a few fields of one with {@link #toBuilder()}.
 *
 * @param units physical units of the values, e.g. {@code nT}; empty when dimensionless or unknown
 * @param label short axis label, e.g. {@code B GSE}
 * @param componentLabels one label per element of a vector record, e.g. {@code Bx, By, Bz}; empty when none
 * @param fillValue the value the source used for "no data" (NaN when it declared none). Kept for
 *     reference and for writing back: the samples themselves hold NaN in its place
 * @param validMin smallest valid value; smaller samples read as NaN
 * @param validMax largest valid value; larger samples read as NaN
 * @param displayType time series or spectrogram
 * @param scaleType linear or logarithmic value scale
 * @param coordinateSystem e.g. {@code GSE}, {@code RTN}; empty when not a vector or unknown
 * @param attributes any other attributes of the source (e.g. CDF variable attributes), by name
 */
public record Metadata(
        String units,
        String label,
        List<String> componentLabels,
        double fillValue,
        double validMin,
        double validMax,
        DisplayType displayType,
        ScaleType scaleType,
        String coordinateSystem,
        Map<String, String> attributes) {

    public Metadata {
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(label, "label");
        componentLabels = List.copyOf(componentLabels);
        Objects.requireNonNull(displayType, "displayType");
        Objects.requireNonNull(scaleType, "scaleType");
        Objects.requireNonNull(coordinateSystem, "coordinateSystem");
        attributes = Map.copyOf(attributes);
        if (!(validMin <= validMax)) {
            throw new IllegalArgumentException("valid range of '" + label + "' is empty: [" + validMin + ", " + validMax + "]");
        }
    }

    /** A builder starting from no units or label, no fill, every value valid, a linear time series. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these metadata, to change a few fields. */
    public Builder toBuilder() {
        return new Builder()
                .units(units)
                .label(label)
                .componentLabels(componentLabels)
                .fillValue(fillValue)
                .validRange(validMin, validMax)
                .displayType(displayType)
                .scaleType(scaleType)
                .coordinateSystem(coordinateSystem)
                .attributes(attributes);
    }

    /** True when some samples read from the source must become NaN: a fill value or a valid range is declared. */
    boolean masksValues() {
        return !Double.isNaN(fillValue) || validMin > Double.NEGATIVE_INFINITY || validMax < Double.POSITIVE_INFINITY;
    }

    /** Collects the fields of a {@link Metadata}; not thread-safe, meant to be used and dropped. */
    public static final class Builder {
        private String units = "";
        private String label = "";
        private List<String> componentLabels = List.of();
        private double fillValue = Double.NaN;
        private double validMin = Double.NEGATIVE_INFINITY;
        private double validMax = Double.POSITIVE_INFINITY;
        private DisplayType displayType = DisplayType.TIME_SERIES;
        private ScaleType scaleType = ScaleType.LINEAR;
        private String coordinateSystem = "";
        private final Map<String, String> attributes = new LinkedHashMap<>();

        private Builder() {}

        public Builder units(String value) {
            units = value;
            return this;
        }

        public Builder label(String value) {
            label = value;
            return this;
        }

        public Builder componentLabels(List<String> value) {
            componentLabels = value;
            return this;
        }

        public Builder fillValue(double value) {
            fillValue = value;
            return this;
        }

        /** Samples outside {@code [min, max]} will read as NaN. */
        public Builder validRange(double min, double max) {
            validMin = min;
            validMax = max;
            return this;
        }

        public Builder displayType(DisplayType value) {
            displayType = value;
            return this;
        }

        public Builder scaleType(ScaleType value) {
            scaleType = value;
            return this;
        }

        public Builder coordinateSystem(String value) {
            coordinateSystem = value;
            return this;
        }

        /** Adds (or replaces) one free attribute. */
        public Builder attribute(String name, String value) {
            attributes.put(name, value);
            return this;
        }

        /** Adds (or replaces) these free attributes. */
        public Builder attributes(Map<String, String> values) {
            attributes.putAll(values);
            return this;
        }

        public Metadata build() {
            return new Metadata(units, label, componentLabels, fillValue, validMin, validMax, displayType, scaleType,
                    coordinateSystem, attributes);
        }
    }
}
