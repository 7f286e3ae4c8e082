package org.heliodeck.data.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.InventoryNode;

/** One dataset of a local archive: its files, what they hold, and how to read a time range of them. */
interface ArchiveDataset {

    /** The dataset's id within its archive, e.g. {@code omni2_hourly} or {@code ac_h0_mfi}. */
    String id();

    /** Its parameters as inventory nodes (read from the layout or from one file, not from all of them). */
    List<InventoryNode> parameters(String provider);

    /** The span the files cover. */
    TimeRange coverage();

    /** The files that may hold data of {@code range}, in time order. */
    List<Path> filesFor(TimeRange range);

    /** The named parameters of one file, sliced to {@code range}. */
    List<Variable> read(Path file, List<String> parameters, TimeRange range) throws IOException;
}
