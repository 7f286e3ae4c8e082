package org.heliodeck.data.archive;

import java.time.Duration;
import java.util.List;
import org.heliodeck.formats.DataCodec;

/**
 * One dataset of an {@link ArchiveDescription}.
 *
 * @param description what the dataset is, for searches; may be empty
 * @param variables the variables exposed; empty for all the data variables of the files
 * @param cadence the time between records, or null when not given
 * @param tree where the files are
 */
record DatasetDescription(String id, String description, FilePattern pattern, FilePeriod period, DataCodec codec,
        List<String> variables, Duration cadence, FileTree tree) {

    DatasetDescription {
        variables = List.copyOf(variables);
    }
}
