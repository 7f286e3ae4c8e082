package org.heliodeck.app.workspace;

import java.util.Objects;
import java.util.Optional;
import org.heliodeck.plot.axis.AutoRange;

/**
 * A panel's y axis: linear or log, and a range locked by the user or none to follow the visible
 * data (as {@code org.heliodeck.plot.figure.Panel} takes it).
 */
public record YAxis(boolean log, Optional<AutoRange.Range> locked) {

    public static final YAxis AUTO = new YAxis(false, Optional.empty());

    public YAxis {
        Objects.requireNonNull(locked, "locked");
        locked.ifPresent(range -> {
            if (!Double.isFinite(range.min()) || !Double.isFinite(range.max())) {
                throw new IllegalArgumentException("the locked range [" + range.min() + ", " + range.max() + "] is not finite");
            }
            if (log && range.min() <= 0) {
                throw new IllegalArgumentException("a log axis cannot show [" + range.min() + ", " + range.max()
                        + "]: its minimum must be above 0");
            }
        });
    }
}
