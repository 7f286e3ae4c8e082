package org.heliodeck.app.plot;

import java.util.List;
import java.util.function.Function;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.Provider;

/**
 * A local source of made-up data for tests and benchmarks: each parameter's whole variable comes
 * from {@code generate}, sliced to the range asked, read directly as a local archive is.
 */
public record GeneratedProvider(String name, Function<String, Variable> generate) implements Provider {

    @Override
    public List<InventoryNode> inventory() {
        return List.of();
    }

    @Override
    public boolean isRemote() {
        return false;
    }

    @Override
    public List<Variable> fetch(String dataset, List<String> parameters, TimeRange range, FetchContext context) {
        return parameters.stream().map(p -> generate.apply(p).slice(range)).toList();
    }
}
