package org.heliodeck.ml;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.heliodeck.core.time.IsoTimeFormat;

/**
 * Suggestions as an event CSV: header {@code begin,end,score}, ISO 8601 UTC times to the second, the
 * confidence with three decimals. The formats module reads it back as a catalog (extra columns are
 * attributes), so {@code detect evaluate} and {@code catalog import} take it as is.
 */
public final class SuggestionCsv {

    private static final IsoTimeFormat SECONDS = new IsoTimeFormat(0, false);

    private SuggestionCsv() {}

    public static void write(List<Suggestion> suggestions, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("begin,end,score\n");
            for (Suggestion s : suggestions) {
                out.write(SECONDS.format(s.range().start()) + "," + SECONDS.format(s.range().stop()) + ","
                        + String.format(Locale.ROOT, "%.3f", s.confidence()) + "\n");
            }
        }
    }
}
