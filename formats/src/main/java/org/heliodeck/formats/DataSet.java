package org.heliodeck.formats;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.heliodeck.core.model.Variable;

/**
 * What one data file holds: the variables of one product, in file order, and the file's own
 * attributes (global attributes, header lines).
 */
public record DataSet(String product, List<Variable> variables, Map<String, String> attributes) {

    public DataSet {
        variables = List.copyOf(variables);
        attributes = Map.copyOf(attributes);
    }

    /** The variable of that name, if the file has one. */
    public Optional<Variable> variable(String name) {
        return variables.stream().filter(v -> v.name().equals(name)).findFirst();
    }
}
