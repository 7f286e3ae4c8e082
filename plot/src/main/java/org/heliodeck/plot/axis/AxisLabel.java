package org.heliodeck.plot.axis;

import org.heliodeck.core.model.Axis;
import org.heliodeck.core.model.Metadata;

/** Axis titles from metadata: {@code label (units)}, or whichever of the two is known. */
public final class AxisLabel {

    private AxisLabel() {}

    /** The title of a value axis (or colour bar) for a variable with these metadata. */
    public static String of(Metadata metadata) {
        return of(metadata.label(), metadata.units());
    }

    /** The title of an axis laid out along bins, e.g. {@code Energy (keV)}. */
    public static String of(Axis bins) {
        return of(bins.label().isBlank() ? bins.name() : bins.label(), bins.units());
    }

    /** {@code label (units)}; without parentheses when one of them is blank. */
    public static String of(String label, String units) {
        String l = label.strip();
        String u = units.strip();
        if (u.isEmpty()) {
            return l;
        }
        return l.isEmpty() ? "(" + u + ")" : l + " (" + u + ")";
    }
}
