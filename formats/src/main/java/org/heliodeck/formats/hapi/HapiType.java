package org.heliodeck.formats.hapi;

import java.util.Optional;

/** The data types of a HAPI parameter, as spelled in an info's {@code type}. */
public enum HapiType {
    DOUBLE("double"),
    INTEGER("integer"),
    STRING("string"),
    ISOTIME("isotime");

    private final String wireName;

    HapiType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in HAPI JSON, e.g. {@code isotime}. */
    public String wireName() {
        return wireName;
    }

    /** Whether values of this type are numbers (read into {@link NumericColumn}s). */
    public boolean numeric() {
        return this == DOUBLE || this == INTEGER;
    }

    /** The type spelled {@code wireName}; empty for a spelling the specification does not define. */
    public static Optional<HapiType> of(String wireName) {
        for (HapiType type : values()) {
            if (type.wireName.equals(wireName)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
