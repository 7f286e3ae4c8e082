package org.heliodeck.ml.features;

import java.time.Duration;
import java.util.List;
import org.heliodeck.core.time.TimeRange;

/** Training labels from a catalog: how much of each step of a grid lies inside its events. */
public final class Labels {

    private Labels() {}

    /**
     * The fraction of each step {@code [times[i], next step)} covered by the union of the events, in
     * [0, 1]: 1 well inside an event, between 0 and 1 across its edges, 0 outside.
     *
     * @param events in any order, possibly overlapping
     */
    public static double[] overlapRatio(long[] times, Duration cadence, List<TimeRange> events) {
        double[] out = new double[times.length];
        if (times.length == 0) {
            return out;
        }
        List<TimeRange> merged = TimeRange.union(events);
        int e = 0;
        for (int i = 0; i < times.length; i++) {
            long start = times[i];
            long stop = TimeGrid.stepEnd(times, i, cadence);
            while (e < merged.size() && merged.get(e).stop() <= start) {
                e++;
            }
            long covered = 0;
            for (int k = e; k < merged.size() && merged.get(k).start() < stop; k++) {
                covered += Math.min(stop, merged.get(k).stop()) - Math.max(start, merged.get(k).start());
            }
            out[i] = (double) covered / (stop - start);
        }
        return out;
    }
}
