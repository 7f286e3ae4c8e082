package org.heliodeck.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.heliodeck.formats.Codecs;
import org.heliodeck.formats.DataCodec;

/** The codec that writes a file, chosen by the file's extension. */
final class OutputFormat {

    private OutputFormat() {}

    static DataCodec forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Codecs.all().stream().filter(DataCodec::writes)
                .filter(c -> c.extensions().stream().anyMatch(name::endsWith))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("cannot tell which format to write " + file
                        + " in from its extension (.cdf, .csv, .hapi.csv, …): see 'heliodeck convert --list'"));
    }
}
