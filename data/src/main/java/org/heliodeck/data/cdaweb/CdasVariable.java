package org.heliodeck.data.cdaweb;

import java.util.Objects;

/**
 * One variable of a CDAS dataset (a {@code VariableDescription} of CDAS.xsd): what a fetch asks for
 * by {@code name}.
 */
public record CdasVariable(String name, String shortDescription, String longDescription) {

    public CdasVariable {
        Objects.requireNonNull(name, "name");
        shortDescription = shortDescription == null ? "" : shortDescription;
        longDescription = longDescription == null ? "" : longDescription;
    }

    /** The long description, else the short one. */
    public String description() {
        return longDescription.isBlank() ? shortDescription : longDescription;
    }
}
