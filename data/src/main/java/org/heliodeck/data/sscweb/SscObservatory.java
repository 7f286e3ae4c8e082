package org.heliodeck.data.sscweb;

import java.time.Duration;
import java.util.List;
import org.heliodeck.core.time.TimeRange;

/**
 * One spacecraft (or body) of SSCWeb's {@code /observatories} answer.
 *
 * @param resolution the time between its computed positions
 * @param resourceId its SPASE id, empty when SSCWeb has none
 * @param groups the groups SSCWeb puts it in (e.g. a constellation), often none
 */
record SscObservatory(String id, String name, Duration resolution, TimeRange coverage, String resourceId,
        List<String> groups) {

    SscObservatory {
        groups = List.copyOf(groups);
    }
}
