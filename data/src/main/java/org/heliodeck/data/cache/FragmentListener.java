package org.heliodeck.data.cache;

import java.util.List;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;

/**
 * Told of each fragment of a request as it arrives, so that a plot can draw data before the whole
 * range is in and a progress bar can move. Fragments arrive in any order, from several threads.
 */
@FunctionalInterface
public interface FragmentListener {

    FragmentListener NONE = (fragment, variables, done, total) -> { };

    /**
     * @param variables the fragment's data, sliced to it (empty: the source has none there)
     * @param done how many of the request's fetched fragments have arrived, this one included
     * @param total how many fragments the request fetches
     */
    void arrived(TimeRange fragment, List<Variable> variables, int done, int total);
}
