package org.heliodeck.ml;

import java.util.List;
import org.heliodeck.core.model.Variable;

/**
 * What a scan found: the detector's score at each step (plottable like any other variable) and the
 * events it suggests.
 */
public record ScanResult(Variable score, List<Suggestion> suggestions) {

    public ScanResult {
        suggestions = List.copyOf(suggestions);
    }
}
