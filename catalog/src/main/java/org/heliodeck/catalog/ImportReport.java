package org.heliodeck.catalog;

import java.util.List;
import java.util.UUID;

/**
 * What an import did and did not do.
 *
 * @param catalogs the catalogs created
 * @param added how many events were added to the store
 * @param duplicates events of the file already in the store, same content: not added again, but
 *     assigned to the imported catalog
 * @param conflicts what was not imported because the store holds something else under the same
 *     uuid or name, each a sentence naming it
 */
public record ImportReport(List<Catalog> catalogs, int added, List<Duplicate> duplicates, List<String> conflicts) {

    public ImportReport {
        catalogs = List.copyOf(catalogs);
        duplicates = List.copyOf(duplicates);
        conflicts = List.copyOf(conflicts);
    }

    /** An event of the file ({@code imported}) that says what a stored event ({@code stored}) says. */
    public record Duplicate(UUID imported, UUID stored) {}
}
