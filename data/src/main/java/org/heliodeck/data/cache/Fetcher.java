package org.heliodeck.data.cache;

import java.io.IOException;
import java.util.List;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;

/** Gets the data of one cache fragment from its source (usually a {@link org.heliodeck.data.Provider}). */
@FunctionalInterface
public interface Fetcher {

    /**
     * The variables over {@code fragment}; records outside it are ignored, and an empty list or
     * variables without records mean the source has no data there.
     *
     * @throws IOException naming the dataset, the range and the cause
     */
    List<Variable> fetch(TimeRange fragment) throws IOException;
}
