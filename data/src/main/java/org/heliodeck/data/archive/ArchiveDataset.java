package org.heliodeck.data.archive;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.InventoryNode;

/** One dataset of an archive: what its files hold, and how to read a time range of them. */
interface ArchiveDataset {

    /** The dataset's id within its archive, e.g. {@code omni2_hourly} or {@code ac_h0_mfi}. */
    String id();

    /** What the dataset is, for searches; empty when only its id says it. */
    default String description() {
        return "";
    }

    /** Its parameters as inventory nodes (read from the layout or from one file, not from all of them). */
    List<InventoryNode> parameters(String provider);

    /** The span the files cover, or null when it cannot be known now. */
    TimeRange coverage();

    /**
     * The named parameters over {@code range}, each merged from the files that hold a part of it;
     * nothing where there is no file (a gap is not an error).
     *
     * @throws IOException when a file cannot be had or read, naming the dataset, the range and the cause
     */
    List<Variable> fetch(List<String> parameters, TimeRange range, FetchContext context) throws IOException;

    /** Whether the files come over a network. */
    default boolean isRemote() {
        return false;
    }

    /** The version of the files, where their names give one. */
    default Optional<String> version() {
        return Optional.empty();
    }
}
