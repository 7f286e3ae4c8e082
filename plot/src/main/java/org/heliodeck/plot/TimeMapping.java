package org.heliodeck.plot;

import org.heliodeck.core.time.TimeRange;

/**
 * Times to horizontal pixel positions: the visible range spread over {@code width} pixels from
 * {@code left}. Positions are doubles so that sub-pixel offsets survive until drawing.
 */
public record TimeMapping(TimeRange visible, double left, double width) {

    public TimeMapping {
        if (visible.isEmpty() || !(width > 0)) {
            throw new IllegalArgumentException("cannot map " + visible + " onto " + width + " pixels");
        }
    }

    public double x(long time) {
        return left + (double) (time - visible.start()) / visible.duration() * width;
    }

    /** The time at a pixel position (clamped to the representable range). */
    public long time(double x) {
        double t = visible.start() + (x - left) / width * visible.duration();
        return (long) Math.max(Long.MIN_VALUE, Math.min(Long.MAX_VALUE, Math.rint(t)));
    }

    /** How many nanoseconds one pixel spans. */
    public double nanosPerPixel() {
        return visible.duration() / width;
    }
}
