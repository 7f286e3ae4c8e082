package org.heliodeck.data.cdaweb;

import java.util.List;
import java.util.Objects;
import org.heliodeck.core.time.TimeRange;

/**
 * One dataset as CDAS describes it (a {@code DatasetDescription} of CDAS.xsd).
 *
 * @param coverage the dataset's {@code TimeInterval}, null when CDAS gives none that reads
 * @param notes the URL of the dataset's notes page, empty when absent
 * @param doi empty when the dataset has none
 * @param spaseResourceId empty when the dataset has none
 */
record CdasDataset(
        String id,
        String label,
        List<String> observatoryGroups,
        List<String> observatories,
        List<String> instruments,
        List<String> instrumentTypes,
        TimeRange coverage,
        String piName,
        String piAffiliation,
        String notes,
        String doi,
        String spaseResourceId) {

    CdasDataset {
        Objects.requireNonNull(id, "id");
        observatoryGroups = List.copyOf(observatoryGroups);
        observatories = List.copyOf(observatories);
        instruments = List.copyOf(instruments);
        instrumentTypes = List.copyOf(instrumentTypes);
    }

    /** The mission folder: the first observatory group, else the first observatory. */
    String mission() {
        return first(observatoryGroups, first(observatories, "other"));
    }

    /** The instrument folder: the first instrument, else the first instrument type. */
    String instrument() {
        return first(instruments, first(instrumentTypes, "other"));
    }

    private static String first(List<String> names, String otherwise) {
        return names.isEmpty() ? otherwise : names.getFirst();
    }
}
