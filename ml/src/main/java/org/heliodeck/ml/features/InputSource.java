package org.heliodeck.ml.features;

import java.io.IOException;
import java.util.List;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;

/** Where the features' inputs come from: a provider (an archive, a web service) possibly through the cache. */
@FunctionalInterface
public interface InputSource {

    /** The variables of {@code parameters} of a dataset over {@code range}, one per parameter found. */
    List<Variable> fetch(String provider, String dataset, List<String> parameters, TimeRange range) throws IOException;
}
