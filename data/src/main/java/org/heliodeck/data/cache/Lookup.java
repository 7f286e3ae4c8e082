package org.heliodeck.data.cache;

import java.util.List;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;

/**
 * What the cache gives for a range: the variables over the parts it has (merged, sliced to the
 * range) and the parts it lacks, so that a caller can fetch them or, offline, say what is missing.
 *
 * @param variables one per parameter cached, empty when no part of the range has data
 * @param missing the sorted sub-ranges neither cached nor fetched
 */
public record Lookup(List<Variable> variables, List<TimeRange> missing) {

    public Lookup {
        variables = List.copyOf(variables);
        missing = List.copyOf(missing);
    }

    public boolean isComplete() {
        return missing.isEmpty();
    }
}
